// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomReader;
import org.dicomtools.sample.SampleStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModifyCommandTest {
    @TempDir
    Path dir;
    Path ct;

    @BeforeEach
    void writeSample() {
        SampleStudy.write(dir.resolve("s"), 1, 64);
        ct = dir.resolve("s/ct/CT-0001.dcm");
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    @Test
    void modifiesAddsAndDeletesIntoTheDefaultOutputBesideTheInput() {
        CliRun run = CliRun.of("modify", ct.toString(), "-t", "PatientName=X^Y", "--tag", "PatientComments=hello",
                "-t", "ReferencedStudySequence[0].ReferencedSOPInstanceUID=1.2.3", "--delete", "StudyID");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path out = dir.resolve("s/ct/CT-0001_modified.dcm");
        assertThat(lines(run.out())).containsExactly(
                "Deleted StudyID (was 'S0001')",
                "Modified PatientName: 'DOE^JANE' -> 'X^Y'",
                "Added PatientComments: 'hello'",
                "Modified ReferencedStudySequence[0].ReferencedSOPInstanceUID: '"
                        + DicomReader.read(ct).dataSet().getSequence(Tag.ReferencedStudySequence).get(0)
                                .getString(Tag.ReferencedSOPInstanceUID) + "' -> '1.2.3'",
                "Saved " + out.toAbsolutePath());
        assertThat(run.err()).isEmpty();
        DataSet ds = DicomReader.read(out).dataSet();
        assertThat(ds.getString(Tag.PatientName)).isEqualTo("X^Y");
        assertThat(ds.getString(Tag.PatientComments)).isEqualTo("hello");
        assertThat(ds.contains(Tag.StudyID)).isFalse();
        assertThat(DicomReader.read(ct).dataSet().getString(Tag.PatientName)).isEqualTo("DOE^JANE");
    }

    @Test
    void theValueIsSplitAtTheFirstEquals() {
        Path out = dir.resolve("o.dcm");
        CliRun run = CliRun.of("modify", ct.toString(), "-o", out.toString(), "-t", "PatientName=Yamada^Tarou=山田^太郎");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DicomReader.read(out).dataSet().getString(Tag.PatientName)).isEqualTo("Yamada^Tarou=山田^太郎");
        assertThat(run.err()).contains("warning: PatientName: the value needs characters outside 'ISO_IR 100'");
        assertThat(lines(run.out())).containsExactly("Modified SpecificCharacterSet: 'ISO_IR 100' -> 'ISO_IR 192'",
                "Modified PatientName: 'DOE^JANE' -> 'Yamada^Tarou=山田^太郎'", "Saved " + out);
    }

    @Test
    void anEmptyModificationListSavesACopy() {
        Path out = dir.resolve("copy.dcm");
        CliRun run = CliRun.of("modify", ct.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Saved " + out + "\n");
        assertThat(DicomReader.read(out).dataSet()).isEqualTo(DicomReader.read(ct).dataSet());
    }

    @Test
    void aSpecWithoutEqualsIsAUsageErrorInOneLine() {
        CliRun run = CliRun.of("modify", ct.toString(), "-t", "Foo");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(lines(run.err())).containsExactly("CT-0001.dcm: invalid tag specification 'Foo': expected "
                + "Keyword=value, (gggg,eeee)=value or Sequence[0].Keyword=value");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("s/ct/CT-0001_modified.dcm")).doesNotExist();
    }

    @Test
    void anUnknownKeywordIsAUsageErrorInOneLine() {
        CliRun run = CliRun.of("modify", ct.toString(), "-t", "PatientNam=x");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(lines(run.err())).containsExactly("CT-0001.dcm: tag path 'PatientNam': unknown keyword 'PatientNam'");
        CliRun delete = CliRun.of("modify", ct.toString(), "--delete", "patientname");
        assertThat(delete.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(lines(delete.err())).singleElement().asString().contains("did you mean PatientName?");
    }

    @Test
    void aValueTheVrCannotHoldIsAUsageErrorAndWritesNothing() {
        for (String[] bad : new String[][] {{"StudyDate=20241341", "not a calendar date"},
            {"StudyTime=25", "not a time of day"}, {"SeriesNumber=99999999999", "outside -2^31"},
            {"SOPInstanceUID=1.2.abc", "digits and dots"}, {"Modality=ct", "upper-case"},
            {"Rows=70000", "outside 0 to 65535"}}) {
            CliRun run = CliRun.of("modify", ct.toString(), "-t", bad[0]);
            assertThat(run.exitCode()).as(bad[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(lines(run.err())).as(bad[0]).singleElement().asString().startsWith("CT-0001.dcm: ")
                    .contains(bad[1]);
        }
        assertThat(dir.resolve("s/ct/CT-0001_modified.dcm")).doesNotExist();
    }

    @Test
    void fileMetaAndPixelDataAreRefused() {
        CliRun meta = CliRun.of("modify", ct.toString(), "-t", "TransferSyntaxUID=1.2.840.10008.1.2");
        assertThat(meta.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(meta.err()).contains("file meta information is written by the writer");
        CliRun pixels = CliRun.of("modify", ct.toString(), "--delete", "PixelData");
        assertThat(pixels.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(pixels.err()).contains("(7FE0,0010) refused");
    }

    @Test
    void privateElementsGoIntoTheCreatorsBlock() {
        Path out = dir.resolve("p.dcm");
        CliRun run = CliRun.of("modify", ct.toString(), "-o", out.toString(), "-t", "(0029,xx10)=hello",
                "--private-creator", "ACME");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Added (0029,0010): 'ACME'", "Added (0029,1010): 'hello'");
        assertThat(DicomReader.read(out).dataSet().getString(0x00291010)).isEqualTo("hello");
        CliRun mismatch = CliRun.of("modify", out.toString(), "-t", "(0029,1010)=x", "--private-creator", "OTHER");
        assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(mismatch.err()).contains("belongs to private creator 'ACME'");
    }

    @Test
    void deletingSomethingAbsentIsAWarning() {
        CliRun run = CliRun.of("modify", ct.toString(), "--delete", "OtherPatientIDs", "-o",
                dir.resolve("d.dcm").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(lines(run.err())).containsExactly("CT-0001.dcm: warning: OtherPatientIDs: not found, nothing deleted");
        assertThat(run.out()).doesNotContain("OtherPatientIDs");
    }

    @Test
    void inPlaceReplacesTheInputKeepsPixelsAndLeavesNoTemporaryFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ip"));
        Path copy = Files.copy(ct, folder.resolve("a.dcm"));
        byte[] pixels = DicomReader.read(copy).dataSet().get(Tag.PixelData).bytes();
        CliRun run = CliRun.of("modify", copy.toString(), "--in-place", "-t", "PatientID=NEW");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("Saved " + copy + "\n");
        assertThat(DicomReader.read(copy).dataSet().getString(Tag.PatientID)).isEqualTo("NEW");
        assertThat(DicomReader.read(copy).dataSet().get(Tag.PixelData).bytes()).isEqualTo(pixels);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(copy);
        }
    }

    @Test
    void inPlaceExcludesOutputAndTheInputIsNeverTheDefaultTarget() {
        CliRun run = CliRun.of("modify", ct.toString(), "--in-place", "-o", dir.resolve("x.dcm").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--in-place and --output exclude each other");
        CliRun same = CliRun.of("modify", ct.toString(), "-o", ct.toString(), "-t", "PatientID=X");
        assertThat(same.exitCode()).isEqualTo(ExitCodes.CANNOT_WRITE);
        assertThat(lines(same.err())).singleElement().asString().contains("refusing to write over the input");
    }

    @Test
    void dryRunShowsTheChangesAndWritesNothing() {
        CliRun run = CliRun.of("modify", ct.toString(), "--dry-run", "-t", "PatientID=NEW");
        assertThat(run.exitCode()).isZero();
        Path out = dir.resolve("s/ct/CT-0001_modified.dcm");
        assertThat(lines(run.out())).containsExactly("Modified PatientID: 'SAMPLE-001' -> 'NEW'",
                "Dry run: nothing written (would save " + out + ")");
        assertThat(out).doesNotExist();
    }

    @Test
    void jsonIsOneDocumentWithInputOutputChangesAndWarnings() throws IOException {
        Path out = dir.resolve("j.dcm");
        CliRun run = CliRun.of("modify", ct.toString(), "-o", out.toString(), "--json", "-t", "PatientID=NEW",
                "--delete", "OtherPatientIDs");
        assertThat(run.exitCode()).isZero();
        List<String> keys = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(run.out())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() != JsonToken.END_OBJECT) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
            assertThat(p.nextToken()).isNull();
        }
        assertThat(keys).containsExactly("input", "output", "written", "changes", "warnings");
        assertThat(run.out()).contains("\"action\": \"MODIFIED\"", "\"path\": \"PatientID\"", "\"tag\": \"(0010,0020)\"",
                "\"vr\": \"LO\"", "\"old_value\": \"SAMPLE-001\"", "\"new_value\": \"NEW\"", "\"action\": \"NOT_FOUND\"",
                "\"written\": true", "OtherPatientIDs: not found");
    }

    @Test
    void listShowsMetaAndDataSetAndWritesNothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("list"));
        Path file = folder.resolve("CT-0001.dcm");
        assertThat(CliRun.of("modify", ct.toString(), "-o", file.toString(), "-t", "ImageComments=" + "c".repeat(80))
                .exitCode()).isZero();
        CliRun run = CliRun.of("modify", file.toString(), "--list");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = lines(run.out());
        assertThat(lines.get(0)).isEqualTo("All DICOM Tags in: CT-0001.dcm");
        assertThat(lines).contains("FILE META INFORMATION", "DATASET TAGS",
                String.format("  %-40s: %s", "Patient's Name", "DOE^JANE"),
                String.format("  %-40s: %s", "Pixel Data", "[Pixel Data - 8192 bytes]"),
                String.format("  %-40s: %s", "Referenced Study Sequence", "[Sequence with 1 item(s)]"));
        assertThat(lines.indexOf("FILE META INFORMATION")).isLessThan(lines.indexOf("DATASET TAGS"));
        assertThat(lines).allMatch(l -> l.length() <= 2 + 40 + 2 + 60);
        assertThat(lines).contains(String.format("  %-40s: %s...", "Image Comments", "c".repeat(57)));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
        CliRun json = CliRun.of("modify", ct.toString(), "--list-tags", "--json");
        assertThat(json.out()).contains("\"file_meta\": [", "\"dataset\": [", "\"keyword\": \"PatientName\"");
        CliRun mixed = CliRun.of("modify", ct.toString(), "--list", "-t", "PatientID=X");
        assertThat(mixed.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void inputThatIsNotDicomIsInvalidInput() throws IOException {
        Path txt = Files.writeString(dir.resolve("notes.dcm"), "not dicom at all");
        CliRun run = CliRun.of("modify", txt.toString(), "-t", "PatientID=X");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(lines(run.err())).singleElement().asString().startsWith("notes.dcm: ");
        CliRun missing = CliRun.of("modify", dir.resolve("nope.dcm").toString(), "-t", "PatientID=X");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.CANNOT_READ);
    }
}
