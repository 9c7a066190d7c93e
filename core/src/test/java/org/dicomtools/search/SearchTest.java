// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.error.InputException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
    private static final Path REAL = Path.of("../../shared/data/sample_series");

    @TempDir
    Path dir;

    @BeforeEach
    void writeStudy() {
        SampleStudy.write(dir);
    }

    private static SearchResult search(Path root, boolean recursive, int jobs, String... specs) {
        List<Criterion> criteria = Arrays.stream(specs).map(Criterion::parse).toList();
        return Search.run(new SearchRequest(root, recursive, criteria, SearchRequest.DEFAULT_COLUMNS, jobs));
    }

    private static List<String> files(SearchResult r) {
        return r.matches().stream().map(SearchMatch::file).toList();
    }

    /** A header-only instance, for cases the sample study does not have. */
    static void writeInstance(Path path, String uid, String patientName, String modality) {
        writeInstance(path, Uid.SecondaryCaptureImageStorage, uid, patientName, modality);
    }

    static void writeInstance(Path path, String sopClass, String uid, String patientName, String modality) {
        TransferSyntax ts = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, sopClass);
        ds.setString(Tag.SOPInstanceUID, VR.UI, uid);
        ds.setString(Tag.PatientName, VR.PN, patientName);
        ds.setString(Tag.Modality, VR.CS, modality);
        DicomWriter.write(path, DicomFile.of(FileMeta.create(null, ds, ts), ds, ts), ts, WriteOptions.DEFAULT);
    }

    @Test
    void findsByModalityInTheWholeTreeSortedByPath() {
        SearchResult r = search(dir, true, 2, "Modality=MR");
        assertThat(files(r)).containsExactly("mr/MR-ENHANCED.dcm", "pm/PARAMETRIC-MAP.dcm");
        assertThat(r.columns()).containsExactly("Modality", "StudyDate");
        assertThat(r.matches().get(0).values()).containsExactly(
                java.util.Map.entry("Modality", "MR"), java.util.Map.entry("StudyDate", "20240315"));
        assertThat(r.matches().get(0).path()).isEqualTo(dir.resolve("mr/MR-ENHANCED.dcm"));
        assertThat(r.scanned()).isEqualTo(29);
        assertThat(r.searched()).isEqualTo(29);
        assertThat(r.skipped()).isZero();
    }

    @Test
    void everyCriterionMustMatch() {
        assertThat(files(search(dir, true, 2, "Modality=US", "SeriesDescription=*palette*")))
                .containsExactly("pal/PALETTE-SEGMENTED.dcm");
        assertThat(search(dir, true, 2, "Modality=US", "PatientName=nobody").matches()).isEmpty();
        assertThat(search(dir, true, 2, "InstanceNumber=/^1[0-9]$/", "Modality=CT").matches()).hasSize(10);
    }

    @Test
    void columnsAreTheCriteriaThenTheRequestedOnesEachOnce() {
        SearchResult r = Search.run(new SearchRequest(dir.resolve("ct"), false,
                List.of(Criterion.parse("InstanceNumber=/^2$/"), Criterion.parse("Modality=CT")),
                List.of(ElementPath.parse("Modality"), ElementPath.parse("SeriesNumber")), 1));
        assertThat(r.columns()).containsExactly("InstanceNumber", "Modality", "SeriesNumber");
        assertThat(r.matches()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo("CT-0002.dcm");
            assertThat(m.values().values()).containsExactly("2", "CT", "1");
        });
    }

    @Test
    void recursiveSearchGoesIntoSubfoldersAndFlatDoesNot() {
        writeInstance(dir.resolve("top.dcm"), "1.2.3.1", "TOP^LEVEL", "OT");
        assertThat(files(search(dir, false, 2, "PatientName=*"))).containsExactly("top.dcm");
        SearchResult all = search(dir, true, 2, "PatientName=*");
        assertThat(all.matches()).hasSize(30);
        assertThat(files(all).get(0)).isEqualTo("ct/CT-0001.dcm");
        assertThat(files(all).get(29)).isEqualTo("us/US-YBR422.dcm");
        assertThat(files(all)).contains("top.dcm");
    }

    @Test
    void nonDicomAndTruncatedFilesAreSkippedCountedAndReported() throws IOException {
        Path ct = dir.resolve("ct");
        Files.writeString(ct.resolve("notes.txt"), "not a DICOM file at all, just some notes");
        Files.write(ct.resolve("empty.dcm"), new byte[0]);
        byte[] whole = Files.readAllBytes(ct.resolve("CT-0001.dcm"));
        Files.write(ct.resolve("CT-0001.dcm"), Arrays.copyOf(whole, 700));
        List<SkippedFile> skipped = new ArrayList<>();
        SearchResult r = Search.run(new SearchRequest(ct, false, List.of(Criterion.parse("Modality=CT")),
                SearchRequest.DEFAULT_COLUMNS, 3), skipped::add);
        assertThat(r.matches()).hasSize(19);
        assertThat(r.scanned()).isEqualTo(22);
        assertThat(r.searched()).isEqualTo(19);
        assertThat(r.skipped()).isEqualTo(3);
        assertThat(skipped).extracting(s -> s.path().getFileName().toString())
                .containsExactlyInAnyOrder("notes.txt", "empty.dcm", "CT-0001.dcm");
        assertThat(skipped).filteredOn(s -> s.kind() == SkippedFile.Kind.UNREADABLE)
                .singleElement().satisfies(s -> assertThat(s.path().getFileName()).hasToString("CT-0001.dcm"));
        assertThat(skipped).filteredOn(s -> s.path().endsWith("empty.dcm")).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("empty file"));
    }

    @Test
    void aDicomDirIsAnIndexNotAnInstance() {
        writeInstance(dir.resolve("ct/DICOMDIR"), Uid.MediaStorageDirectoryStorage, "1.2.3.9", "DOE^JANE", "CT");
        List<SkippedFile> skipped = new ArrayList<>();
        SearchResult r = Search.run(new SearchRequest(dir.resolve("ct"), false,
                List.of(Criterion.parse("Modality=CT")), SearchRequest.DEFAULT_COLUMNS, 2), skipped::add);
        assertThat(r.matches()).hasSize(20);
        assertThat(skipped).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SkippedFile.Kind.NOT_DICOM);
            assertThat(s.reason()).startsWith("DICOMDIR");
        });
    }

    @Test
    void folderProblemsAreReportedButNotCountedAsFiles() throws IOException {
        Files.createSymbolicLink(dir.resolve("ct/dangling.dcm"), dir.resolve("nowhere.dcm"));
        List<SkippedFile> skipped = new ArrayList<>();
        SearchResult r = Search.run(new SearchRequest(dir.resolve("ct"), false,
                List.of(Criterion.parse("Modality=CT")), SearchRequest.DEFAULT_COLUMNS, 2), skipped::add);
        assertThat(r.scanned()).isEqualTo(20);
        assertThat(r.skipped()).isZero();
        assertThat(skipped).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SkippedFile.Kind.FOLDER_PROBLEM);
            assertThat(s.reason()).isEqualTo("broken symbolic link");
        });
    }

    @Test
    void aFolderWithoutDicomSearchesNothing() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("a.txt"), "hello, this is text and not DICOM");
        SearchResult r = search(plain, true, 2, "Modality=CT");
        assertThat(r.scanned()).isEqualTo(1);
        assertThat(r.searched()).isZero();
        assertThat(r.skipped()).isEqualTo(1);
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfWorkers() {
        SearchResult one = search(dir, true, 1, "PatientName=doe*", "StudyDate=20240101-");
        for (int jobs : new int[] {2, 3, 8}) {
            assertThat(search(dir, true, jobs, "PatientName=doe*", "StudyDate=20240101-")).isEqualTo(one);
        }
        assertThat(one.matches()).hasSize(29);
    }

    @Test
    void aMissingRootIsAnInputError() {
        assertThatThrownBy(() -> search(dir.resolve("nope"), false, 2, "Modality=CT"))
                .isInstanceOf(InputException.class).hasMessageContaining("no such file");
    }

    @Test
    void aRequestNeedsCriteria() {
        assertThatThrownBy(() -> new SearchRequest(dir, false, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no search criteria");
    }

    @Test
    void pathsAreOrderedNameByName() {
        List<Path> paths = new ArrayList<>(List.of(Path.of("a.dcm"), Path.of("a/b/x"), Path.of("b"), Path.of("a/c")));
        paths.sort(Search::compareByNames);
        assertThat(paths).containsExactly(Path.of("a/b/x"), Path.of("a/c"), Path.of("a.dcm"), Path.of("b"));
    }

    @Test
    void realSeriesAllCtAndTenInstancesInTheTeens() {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "real data absent");
        SearchResult ct = search(REAL, false, 2, "Modality=CT");
        assertThat(ct.matches()).hasSize(174);
        assertThat(ct.skipped()).isZero();
        assertThat(search(REAL, false, 2, "InstanceNumber=/^1[0-9]$/").matches()).hasSize(10);
        assertThat(search(REAL, false, 2, "InstanceNumber=/^1\\d\\d$/", "StudyDate=20070803").matches()).hasSize(75);
        assertThat(search(REAL, false, 2, "StudyDate=-20061231").matches()).isEmpty();
    }
}
