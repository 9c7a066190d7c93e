// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.error.InputException;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganizerTest {
    @TempDir
    Path tmp;

    record Run(List<Placement> placements, OrganizeSummary summary) {
        List<Action> actions() {
            return placements.stream().map(Placement::action).toList();
        }

        Placement of(String sourceRelative) {
            return placements.stream().filter(p -> p.sourceRelative().toString().replace('\\', '/')
                    .equals(sourceRelative)).findFirst().orElseThrow();
        }
    }

    private static Run run(OrganizeRequest request) {
        List<Placement> out = new ArrayList<>();
        OrganizeSummary s = Organizer.run(request, out::add);
        return new Run(out, s);
    }

    private Path src() {
        return tmp.resolve("src");
    }

    private Path dest() {
        return tmp.resolve("dest");
    }

    private OrganizeRequest request() {
        return OrganizeRequest.of(src(), dest()).withRecursive(true).withThreads(2);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void eachLayoutPlacesTheWholeSampleStudyAsTheSeedDoes(Layout layout) throws IOException {
        SampleStudy.write(src());
        Run r = run(request().withTemplate(layout.template()));

        assertThat(r.summary().count(Action.COPIED)).isEqualTo(29);
        assertThat(r.summary().total()).isEqualTo(29);
        assertThat(r.summary().dicomFiles()).isEqualTo(29);
        List<String> files = Instances.files(dest());
        assertThat(files).hasSize(29);
        String expected = switch (layout) {
            case PATIENT -> "DOE^JANE/SAMPLE-001/CT-0001.dcm";
            case STUDY -> "DOE^JANE/20240315_SYNTHETIC SAMPLE STUDY/CT-0001.dcm";
            case SERIES -> "DOE^JANE/20240315/001_CT HEAD PHANTOM/0001.dcm";
            case MODALITY -> "CT/DOE^JANE/CT-0001.dcm";
        };
        assertThat(files).contains(expected);
        assertThat(r.of("ct/CT-0001.dcm").destinationRelative().toString().replace('\\', '/')).isEqualTo(expected);
        Path copy = dest().resolve(expected);
        Path original = src().resolve("ct/CT-0001.dcm");
        assertThat(Files.mismatch(copy, original)).isEqualTo(-1L);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(Files.getLastModifiedTime(original));
        assertThat(Instances.files(src())).hasSize(29);
    }

    @Test
    void theModalityLayoutSeparatesModalities() {
        SampleStudy.write(src());
        run(request().withTemplate(Layout.MODALITY.template()));
        assertThat(Instances.files(dest())).contains("MR/DOE^JANE/MR-ENHANCED.dcm", "US/DOE^JANE/US-RGB.dcm",
                "DX/DOE^JANE/DX-MONO1.dcm", "OT/DOE^JANE/PALETTE.dcm");
    }

    @Test
    void aTemplateWithPaddingNamesFilesByInstanceNumber() {
        SampleStudy.write(src());
        Run r = run(request().withTemplate(PathTemplate.parse(
                "{PatientID}/{StudyDate}_{StudyDescription}/{SeriesNumber:03}_{Modality}/{InstanceNumber:04}.dcm")));
        assertThat(r.summary().count(Action.COPIED)).isEqualTo(29);
        assertThat(Instances.files(dest())).contains(
                "SAMPLE-001/20240315_SYNTHETIC SAMPLE STUDY/001_CT/0001.dcm",
                "SAMPLE-001/20240315_SYNTHETIC SAMPLE STUDY/001_CT/0020.dcm");
    }

    @Test
    void hostileValuesStayInsideTheDestinationWithPredictableNames() throws IOException {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("../../x", "_.._x");
        cases.put("CON", "CON_");
        cases.put("con.txt", "con_.txt");
        cases.put("a:b", "a_b");
        cases.put("..", "Unknown");
        cases.put(".hidden", "hidden");
        cases.put("trailing. ", "trailing");
        cases.put("ctl\u0001\u0002x", "ctl__x");
        cases.put("x".repeat(300), "x".repeat(100));
        cases.put("Ünïcødé^名前", "Ünïcødé^名前");
        cases.put("", "Unknown");
        cases.put(null, "Unknown");
        int i = 0;
        List<String> expected = new ArrayList<>();
        for (var c : cases.entrySet()) {
            String value = c.getKey();
            String file = "f" + i + ".dcm";
            Instances.write(src().resolve(file), "2.25." + (1000 + i), ds -> {
                if (value == null) {
                    ds.remove(Tag.PatientName);
                } else {
                    ds.setString(Tag.PatientName, VR.PN, value);
                    ds.setString(Tag.StudyDescription, VR.LO, value.length() > 64 ? value.substring(0, 64) : value);
                    ds.setString(Tag.InstitutionName, VR.LO, value.length() > 64 ? value : value);
                }
            });
            String study = value == null ? "Unknown" : SafeNames.sanitize(value.length() > 64
                    ? value.substring(0, 64) : value);
            expected.add(c.getValue() + "/" + study + "/" + file);
            i++;
        }
        Run r = run(request().withTemplate(PathTemplate.parse("{PatientName}/{StudyDescription}/{basename}")));

        assertThat(r.summary().count(Action.COPIED)).isEqualTo(cases.size());
        assertThat(Instances.files(dest())).containsExactlyInAnyOrderElementsOf(expected);
        Path root = dest().toRealPath();
        try (var walk = Files.walk(dest())) {
            walk.forEach(p -> {
                try {
                    assertThat(p.toRealPath().startsWith(root)).as(p.toString()).isTrue();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(Files.exists(tmp.resolve("x"))).isFalse();
        assertThat(r.placements()).allSatisfy(p -> assertThat(p.destination().normalize()
                .startsWith(dest().toAbsolutePath().normalize())).isTrue());
    }

    @Test
    void theSameFileTwiceInTheTreeIsCopiedOnceAndReportedAsADuplicate() {
        Path a = Instances.write(src().resolve("a/x.dcm"), "2.25.1");
        copy(a, src().resolve("b/x.dcm"));
        Run r = run(request());

        assertThat(r.actions()).containsExactly(Action.COPIED, Action.DUPLICATE);
        assertThat(r.of("b/x.dcm").reason()).contains("identical to");
        assertThat(r.of("b/x.dcm").destination()).isEqualTo(r.of("a/x.dcm").destination());
        assertThat(Instances.files(dest())).containsExactly("TEST^PATIENT/P1/x.dcm");
    }

    @Test
    void theSameInstanceUnderAnotherNameIsADuplicateToo() {
        Path a = Instances.write(src().resolve("a.dcm"), "2.25.1");
        copy(a, src().resolve("b.dcm"));
        Run r = run(request());

        assertThat(r.actions()).containsExactly(Action.COPIED, Action.DUPLICATE);
        assertThat(r.of("b.dcm").reason()).contains("same SOP Instance UID and bytes as");
        assertThat(Instances.files(dest())).containsExactly("TEST^PATIENT/P1/a.dcm");
    }

    @Test
    void theSameInstanceUidWithDifferentContentIsAConflictKeptWithASuffix() {
        Instances.write(src().resolve("a/x.dcm"), "2.25.1");
        Instances.write(src().resolve("b/x.dcm"), "2.25.1", ds -> ds.setString(Tag.ImageComments, VR.LT, "edited"));
        Run r = run(request());

        assertThat(r.actions()).containsExactly(Action.COPIED, Action.CONFLICT_RENAMED);
        assertThat(r.of("b/x.dcm").destinationRelative().getFileName().toString()).isEqualTo("x_1.dcm");
        assertThat(r.of("b/x.dcm").reason()).contains("same SOP Instance UID and different content");
        assertThat(r.summary().conflicts()).isEqualTo(1);
        assertThat(Instances.files(dest())).containsExactly("TEST^PATIENT/P1/x.dcm", "TEST^PATIENT/P1/x_1.dcm");
    }

    @Test
    void anotherInstanceUnderATakenNameIsAConflictNamingTheReason() {
        Instances.write(src().resolve("a/x.dcm"), "2.25.1");
        Instances.write(src().resolve("b/x.dcm"), "2.25.2");
        Instances.write(src().resolve("c/x.dcm"), "2.25.3");
        Run r = run(request());

        assertThat(r.actions()).containsExactly(Action.COPIED, Action.CONFLICT_RENAMED, Action.CONFLICT_RENAMED);
        assertThat(r.of("c/x.dcm").destinationRelative().getFileName().toString()).isEqualTo("x_2.dcm");
        assertThat(r.of("b/x.dcm").reason()).contains("holds another instance");
    }

    @Test
    void runningAgainIntoTheSameDestinationIsIdempotent() {
        SampleStudy.write(src());
        Instances.write(src().resolve("a/x.dcm"), "2.25.1");
        Instances.write(src().resolve("b/x.dcm"), "2.25.1", ds -> ds.setString(Tag.ImageComments, VR.LT, "edited"));
        Run first = run(request());
        List<String> after = Instances.files(dest());

        Run second = run(request());

        assertThat(first.summary().placed()).isEqualTo(31);
        assertThat(second.summary().duplicates()).isEqualTo(31);
        assertThat(second.summary().placed()).isZero();
        assertThat(Instances.files(dest())).isEqualTo(after);
    }

    @Test
    void eachCollisionPolicyOnAFileFromAnEarlierRun() throws IOException {
        Path file = Instances.write(src().resolve("x.dcm"), "2.25.1");
        run(request());
        Path placed = dest().resolve("TEST^PATIENT/P1/x.dcm");
        byte[] before = Files.readAllBytes(placed);
        Instances.write(file, "2.25.1", ds -> ds.setString(Tag.ImageComments, VR.LT, "edited"));
        byte[] edited = Files.readAllBytes(file);

        Run skip = run(request().withOnCollision(CollisionPolicy.SKIP));
        assertThat(skip.actions()).containsExactly(Action.SKIPPED_COLLISION);
        assertThat(skip.placements().get(0).reason()).contains("same SOP Instance UID");
        assertThat(Files.readAllBytes(placed)).isEqualTo(before);

        Run compare = run(request().withOnCollision(CollisionPolicy.COMPARE));
        assertThat(compare.actions()).containsExactly(Action.CONFLICT_RENAMED);
        assertThat(Files.readAllBytes(placed.resolveSibling("x_1.dcm"))).isEqualTo(edited);

        Run compareAgain = run(request().withOnCollision(CollisionPolicy.COMPARE));
        assertThat(compareAgain.actions()).containsExactly(Action.DUPLICATE);
        assertThat(compareAgain.placements().get(0).destination()).isEqualTo(placed.resolveSibling("x_1.dcm"));

        Run suffix = run(request().withOnCollision(CollisionPolicy.SUFFIX));
        assertThat(suffix.actions()).containsExactly(Action.CONFLICT_RENAMED);
        assertThat(Files.readAllBytes(placed.resolveSibling("x_2.dcm"))).isEqualTo(edited);

        Run overwrite = run(request().withOnCollision(CollisionPolicy.OVERWRITE));
        assertThat(overwrite.actions()).containsExactly(Action.OVERWRITTEN);
        assertThat(Files.readAllBytes(placed)).isEqualTo(edited);
        assertThat(Instances.files(dest())).containsExactly("TEST^PATIENT/P1/x.dcm", "TEST^PATIENT/P1/x_1.dcm",
                "TEST^PATIENT/P1/x_2.dcm");
    }

    @Test
    void overwriteNeverReplacesAFileOfTheSameRun() throws IOException {
        Instances.write(src().resolve("a/x.dcm"), "2.25.1");
        Path b = Instances.write(src().resolve("b/x.dcm"), "2.25.2");
        Run r = run(request().withOnCollision(CollisionPolicy.OVERWRITE).withMode(TransferMode.MOVE));

        assertThat(r.actions()).containsExactly(Action.MOVED, Action.CONFLICT_RENAMED);
        assertThat(Instances.files(dest())).containsExactly("TEST^PATIENT/P1/x.dcm", "TEST^PATIENT/P1/x_1.dcm");
        assertThat(Files.exists(b)).isFalse();
    }

    @Test
    void moveRemovesSourcesOnlyOnceTheirContentIsAtTheDestination() throws IOException {
        Path a = Instances.write(src().resolve("a/x.dcm"), "2.25.1");
        byte[] content = Files.readAllBytes(a);
        FileTime mtime = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(a, mtime);
        copy(a, src().resolve("b/x.dcm"));
        Files.writeString(src().resolve("notes.txt"), "not dicom");
        Run r = run(request().withMode(TransferMode.MOVE));

        assertThat(r.actions()).containsExactly(Action.SKIPPED_NOT_DICOM, Action.MOVED, Action.DUPLICATE);
        assertThat(r.of("b/x.dcm").reason()).endsWith("source removed");
        Path placed = dest().resolve("TEST^PATIENT/P1/x.dcm");
        assertThat(Files.readAllBytes(placed)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(placed)).isEqualTo(mtime);
        assertThat(Instances.files(src())).containsExactly("notes.txt");
    }

    @Test
    void aFailingWriteLeavesTheSourceInPlace() throws IOException {
        Path a = Instances.write(src().resolve("x.dcm"), "2.25.1");
        Files.createDirectories(dest());
        Files.writeString(dest().resolve("TEST^PATIENT"), "a file where a folder is needed");
        Run r = run(request().withMode(TransferMode.MOVE));

        assertThat(r.actions()).containsExactly(Action.FAILED);
        assertThat(r.placements().get(0).reason()).startsWith("cannot write TEST^PATIENT");
        assertThat(Files.exists(a)).isTrue();
        assertThat(Instances.files(dest())).containsExactly("TEST^PATIENT");
    }

    @Test
    void anUnwritableDestinationLeavesTheSourcesInPlace() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "permissions do not stop root");
        Path a = Instances.write(src().resolve("x.dcm"), "2.25.1");
        Path locked = Files.createDirectories(dest().resolve("TEST^PATIENT"));
        org.junit.jupiter.api.Assumptions.assumeTrue(locked.toFile().setWritable(false, false));
        try {
            Run r = run(request().withMode(TransferMode.MOVE));
            assertThat(r.actions()).containsExactly(Action.FAILED);
            assertThat(r.placements().get(0).reason()).contains("permission denied");
            assertThat(Files.exists(a)).isTrue();
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void aDryRunWritesNothingAndPlansWhatARealRunDoes() {
        SampleStudy.write(src());
        Instances.write(src().resolve("a/x.dcm"), "2.25.1");
        Instances.write(src().resolve("b/x.dcm"), "2.25.1", ds -> ds.setString(Tag.ImageComments, VR.LT, "edited"));
        copy(src().resolve("a/x.dcm"), src().resolve("c/x.dcm"));
        List<String> sources = Instances.files(src());

        Run plan = run(request().withDryRun(true).withMode(TransferMode.MOVE));
        assertThat(Files.exists(dest())).isFalse();
        assertThat(Instances.files(src())).isEqualTo(sources);

        Run real = run(request().withMode(TransferMode.MOVE));
        assertThat(plan.placements()).extracting(Placement::source, Placement::destination, Placement::action)
                .isEqualTo(real.placements().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.source(),
                        p.destination(), p.action())).toList());
        assertThat(real.actions()).contains(Action.MOVED, Action.CONFLICT_RENAMED, Action.DUPLICATE);
    }

    @Test
    void filesThatAreNotInstancesAreSkippedWithTheReason() throws IOException {
        Files.createDirectories(src());
        Files.writeString(src().resolve("notes.txt"), "hello, this is text");
        Files.write(src().resolve("empty"), new byte[0]);
        DataSet record = new DataSet();
        record.setString(Tag.FileSetID, VR.CS, "SET");
        DicomFile index = DicomFile.of(FileMeta.create(null, record, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN),
                record, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        index.fileMeta().setString(Tag.MediaStorageSOPClassUID, VR.UI, Uid.MediaStorageDirectoryStorage);
        DicomWriter.write(src().resolve("DICOMDIR"), index);
        Run r = run(request());

        assertThat(r.actions()).containsOnly(Action.SKIPPED_NOT_DICOM);
        assertThat(r.of("DICOMDIR").reason()).startsWith("DICOMDIR");
        assertThat(r.of("empty").reason()).isEqualTo("empty file");
        assertThat(r.of("notes.txt").reason()).startsWith("not DICOM");
        assertThat(r.summary().dicomFiles()).isZero();
        assertThat(Files.exists(dest())).isFalse();
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        SampleStudy.write(src());
        for (int i = 0; i < 12; i++) {
            int n = i;
            Instances.write(src().resolve("dup/" + i + ".dcm"), "2.25.7", ds -> ds.setString(Tag.ImageComments, VR.LT,
                    "version " + (n % 4)));
        }
        OrganizeRequest plan = request().withDryRun(true).withTemplate(PathTemplate.parse("{Modality}/{InstanceNumber}"));
        List<Placement> one = run(plan.withThreads(1)).placements();
        for (int threads : new int[] {2, 8}) {
            assertThat(run(plan.withThreads(threads)).placements()).isEqualTo(one);
        }
        assertThat(one).filteredOn(p -> p.sourceRelative().startsWith("dup"))
                .extracting(Placement::action).containsExactly(Action.COPIED, Action.CONFLICT_RENAMED,
                        Action.CONFLICT_RENAMED, Action.CONFLICT_RENAMED, Action.DUPLICATE, Action.DUPLICATE,
                        Action.DUPLICATE, Action.DUPLICATE, Action.DUPLICATE, Action.DUPLICATE, Action.DUPLICATE,
                        Action.DUPLICATE);
    }

    @Test
    void aDestinationInsideTheSourceIsRefusedOnlyForARecursiveWalk() throws IOException {
        Instances.write(src().resolve("x.dcm"), "2.25.1");
        Path inside = src().resolve("sorted");
        assertThatThrownBy(() -> Organizer.run(OrganizeRequest.of(src(), inside).withRecursive(true), p -> { }))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("inside the source");
        assertThatThrownBy(() -> Organizer.checkDestination(src(), src(), true))
                .isInstanceOf(InvalidValueException.class);

        Run r = run(OrganizeRequest.of(src(), inside));
        assertThat(r.actions()).containsExactly(Action.COPIED);
        Run again = run(OrganizeRequest.of(src(), src()));
        assertThat(again.actions()).containsExactly(Action.COPIED);
        assertThat(Instances.files(src())).containsExactly("TEST^PATIENT/P1/x.dcm", "sorted/TEST^PATIENT/P1/x.dcm",
                "x.dcm");
    }

    @Test
    void aMissingSourceIsAnInputError() {
        assertThatThrownBy(() -> Organizer.run(OrganizeRequest.of(tmp.resolve("missing"), dest()), p -> { }))
                .isInstanceOf(InputException.class);
    }

    @Test
    void aFileAlreadyAtItsDestinationIsLeftAlone() throws IOException {
        Path x = Instances.write(tmp.resolve("TEST^PATIENT/P1/x.dcm"), "2.25.1");
        Run r = run(OrganizeRequest.of(x, tmp).withMode(TransferMode.MOVE));
        assertThat(r.actions()).containsExactly(Action.DUPLICATE);
        assertThat(r.placements().get(0).reason()).isEqualTo("already in place");
        assertThat(Files.exists(x)).isTrue();
    }

    @Test
    void namesDifferingOnlyInCaseAreKeptApartAsOnCaseInsensitiveSystems() {
        Instances.write(src().resolve("IM.dcm"), "2.25.1");
        Instances.write(src().resolve("im.dcm"), "2.25.2");
        Run r = run(request());

        assertThat(r.actions()).containsExactly(Action.COPIED, Action.CONFLICT_RENAMED);
        assertThat(Instances.files(dest())).containsExactly("TEST^PATIENT/P1/IM.dcm", "TEST^PATIENT/P1/im_1.dcm");
    }

    @Test
    void whatTheWalkCannotFollowIsReportedAsFailed() throws IOException {
        Instances.write(src().resolve("x.dcm"), "2.25.1");
        Files.createSymbolicLink(src().resolve("broken.dcm"), tmp.resolve("nowhere"));
        Run r = run(request());

        assertThat(r.of("broken.dcm").action()).isEqualTo(Action.FAILED);
        assertThat(r.of("broken.dcm").reason()).isEqualTo("broken symbolic link");
        assertThat(r.of("x.dcm").action()).isEqualTo(Action.COPIED);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
