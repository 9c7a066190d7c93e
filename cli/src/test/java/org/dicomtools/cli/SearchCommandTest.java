// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    private static final Path REAL = Path.of("../../shared/data/sample_series");

    @TempDir
    Path dir;

    /** Three small instances (one in a sub-folder), a text file and a truncated instance. */
    @BeforeEach
    void writeFixture() throws IOException {
        write(dir.resolve("a.dcm"), "1", "DOE^JANE", "P-001", "CT", "20240315",
                "Head \"quoted\", with comma\nand a new line");
        write(dir.resolve("b.dcm"), "2", "ROE^RICHARD", "P-002", "MR", "20231201", "T1+C (AX) 1.5mm");
        Files.createDirectories(dir.resolve("sub"));
        write(dir.resolve("sub/c.dcm"), "3", "DOE^JOHN", "P-003", "CT", "20240101",
                "A very long description that goes past forty characters");
        Files.writeString(dir.resolve("notes.txt"), "these are notes, not DICOM");
        byte[] whole = Files.readAllBytes(dir.resolve("a.dcm"));
        Files.write(dir.resolve("sub/truncated.dcm"), Arrays.copyOf(whole, 300));
    }

    private static void write(Path path, String n, String name, String id, String modality, String date,
                              String description) {
        TransferSyntax ts = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
        DataSet ds = new DataSet();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.setString(Tag.SOPClassUID, VR.UI, modality.equals("CT") ? Uid.CTImageStorage : Uid.MRImageStorage);
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.826.0.1.3680043.10.1." + n);
        ds.setString(Tag.StudyDate, VR.DA, date);
        ds.setString(Tag.StudyTime, VR.TM, "101500");
        ds.setString(Tag.AccessionNumber, VR.SH, "ACC" + n);
        ds.setString(Tag.Modality, VR.CS, modality);
        ds.setString(Tag.StudyDescription, VR.LO, description);
        ds.setString(Tag.PatientName, VR.PN, name);
        ds.setString(Tag.PatientID, VR.LO, id);
        ds.setString(Tag.PatientSex, VR.CS, "O");
        ds.setString(Tag.StudyInstanceUID, VR.UI, "1.2.826.0.1.3680043.10.2." + n);
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", n.equals("2") ? "LOCALIZER" : "AXIAL");
        ds.setString(Tag.InstanceNumber, VR.IS, n);
        DicomWriter.write(path, DicomFile.of(FileMeta.create(null, ds, ts), ds, ts), ts, WriteOptions.DEFAULT);
    }

    private CliRun search(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "search";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void tableHasTheFileTheCriteriaThenModalityAndStudyDate() {
        CliRun run = search("-r", "--patient-name", "doe");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                file      | PatientName | Modality | StudyDate
                ----------------------------------------------
                a.dcm     | DOE^JANE    | CT       | 20240315
                sub/c.dcm | DOE^JOHN    | CT       | 20240101
                """);
        assertThat(run.err()).isEqualTo("2 files matched (5 scanned, 2 skipped; --verbose lists them)\n");
    }

    @Test
    void tableCutsLongValuesAtFortyAndKeepsRowsOnOneLine() {
        CliRun run = search("-r", "-t", "StudyDescription=*", "--modality", "CT");
        assertThat(run.out()).isEqualTo("""
                file      | Modality | StudyDescription                         | StudyDate
                %s
                a.dcm     | CT       | Head "quoted", with comma and a new line | 20240315
                sub/c.dcm | CT       | A very long description that goes pas... | 20240101
                """.formatted("-".repeat(9 + 8 + 40 + 9 + 3 * 3)));
    }

    @Test
    void listNumbersThePaths() {
        CliRun run = search("-r", "--modality", "ct", "--format", "list");
        assertThat(run.out()).isEqualTo("  1. " + dir.resolve("a.dcm") + "\n  2. " + dir.resolve("sub/c.dcm") + "\n");
    }

    @Test
    void csvQuotesEveryFieldAndDoublesQuotes() {
        CliRun run = search("-t", "StudyDescription=head", "--format", "csv");
        assertThat(run.out()).isEqualTo("\"file\",\"StudyDescription\",\"Modality\",\"StudyDate\"\r\n"
                + "\"a.dcm\",\"Head \"\"quoted\"\", with comma\nand a new line\",\"CT\",\"20240315\"\r\n");
    }

    @Test
    void jsonIsOneDocumentWithCriteriaMatchesAndCounts() {
        CliRun run = search("--json", "--modality", "MR");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                {
                  "criteria": [
                    {
                      "key": "Modality",
                      "pattern": "MR"
                    }
                  ],
                  "matches": [
                    {
                      "file": "b.dcm",
                      "path": "%s",
                      "values": {
                        "Modality": "MR",
                        "StudyDate": "20231201"
                      }
                    }
                  ],
                  "count": 1,
                  "scanned": 3,
                  "searched": 2,
                  "skipped": 1
                }
                """.formatted(dir.resolve("b.dcm")));
    }

    @Test
    void noMatchIsStillSuccess() {
        CliRun table = search("--patient-name", "nobody");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).isEqualTo("No matching files.\n");
        assertThat(table.err()).startsWith("0 files matched (3 scanned, 1 skipped");
        CliRun json = search("--patient-name", "nobody", "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"matches\": []", "\"count\": 0");
        CliRun csv = search("--patient-name", "nobody", "--format", "csv");
        assertThat(csv.out()).isEqualTo("\"file\",\"PatientName\",\"Modality\",\"StudyDate\"\r\n");
        assertThat(search("--patient-name", "nobody", "--format", "list").out()).isEmpty();
    }

    @Test
    void redactMasksTheIdentifyingColumnsAndCriteria() {
        CliRun run = search("-r", "--redact", "--patient-id", "P-00", "--accession-number", "ACC",
                "-t", "PatientSex=O", "-t", "StudyTime=10*", "--show", "PatientName,InstanceNumber");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                file      | PatientID  | AccessionNumber | PatientSex | StudyTime  | Modality | StudyDate  | \
                PatientName | InstanceNumber
                %s
                a.dcm     | <redacted> | <redacted>      | <redacted> | <redacted> | CT       | <redacted> | \
                <redacted>  | 1
                b.dcm     | <redacted> | <redacted>      | <redacted> | <redacted> | MR       | <redacted> | \
                <redacted>  | 2
                sub/c.dcm | <redacted> | <redacted>      | <redacted> | <redacted> | CT       | <redacted> | \
                <redacted>  | 3
                """.formatted("-".repeat(9 + 10 + 15 + 10 + 10 + 8 + 10 + 11 + 14 + 8 * 3)));
        CliRun json = search("--redact", "--patient-name", "DOE^JANE", "--json");
        assertThat(json.out()).doesNotContain("DOE", "20240315").contains("\"pattern\": \"<redacted>\"");
    }

    @Test
    void matchingModesReachTheCommandLine() {
        assertThat(search("-r", "-t", "StudyDescription=T1+C (AX) 1.5*", "--format", "list").out())
                .contains("b.dcm").doesNotContain("a.dcm");
        assertThat(search("-r", "-t", "StudyDescription=T1?C*", "--format", "list").out()).contains("b.dcm");
        assertThat(search("-r", "-t", "StudyDescription=T1.C*", "--format", "list").out()).isEmpty();
        assertThat(search("-r", "--patient-name", "/^doe\\^j(ane|ohn)$/", "--format", "list").out())
                .contains("a.dcm", "c.dcm").doesNotContain("b.dcm");
        assertThat(search("-r", "-t", "ImageType=localizer", "--format", "list").out())
                .contains("b.dcm").doesNotContain("a.dcm");
        assertThat(search("-r", "--patient-name", "DOE JOHN", "--format", "list").out()).contains("c.dcm");
        assertThat(search("-r", "-t", "(0008,0060)=MR", "--format", "list").out()).contains("b.dcm");
        assertThat(search("-r", "--sop-class-uid", "MRImageStorage", "--format", "list").out())
                .contains("b.dcm").doesNotContain("a.dcm");
        assertThat(search("-r", "--study-uid", "1.2.826.0.1.3680043.10.2", "--format", "list").out()).isEmpty();
        assertThat(search("-r", "--study-uid", "1.2.826.0.1.3680043.10.2.3", "--format", "list").out())
                .contains("c.dcm");
    }

    @Test
    void studyDateRangesOpenAndClosed() {
        assertThat(search("-r", "--study-date", "20240101-", "--format", "list").out())
                .contains("a.dcm", "c.dcm").doesNotContain("b.dcm");
        assertThat(search("-r", "--study-date", "-20240101", "--format", "list").out())
                .contains("b.dcm", "c.dcm").doesNotContain("a.dcm");
        assertThat(search("-r", "--study-date", "20231201-20240101", "--format", "list").out())
                .contains("b.dcm", "c.dcm").doesNotContain("a.dcm");
        assertThat(search("-r", "--study-date", "20240315", "--format", "list").out())
                .contains("a.dcm").doesNotContain("c.dcm");
    }

    @Test
    void aBadDateIsAUsageErrorNamingIt() {
        CliRun run = search("--study-date", "2024-03-15");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--study-date: '2024-03-15' is not a date or date range");
        assertThat(search("-t", "PatientBirthDate=19700132").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void badCriteriaAreUsageErrorsThatDoNotEchoThePattern() {
        CliRun none = search();
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("no search criteria");
        CliRun noEquals = search("-t", "DOE^JANE");
        assertThat(noEquals.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noEquals.err()).contains("-t: expected Keyword=pattern").doesNotContain("DOE");
        CliRun regex = search("--patient-name", "/DOE^(JANE/");
        assertThat(regex.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(regex.err()).contains("invalid regular expression").doesNotContain("DOE");
        assertThat(search("-t", "NoSuchKeyword=x").err()).contains("unknown keyword 'NoSuchKeyword'");
        assertThat(search("--modality", "CT", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void skippedFilesAreListedWithVerbose() {
        CliRun run = CliRun.of("-v", "search", dir.toString(), "-r", "--modality", "CT", "--format", "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("notes.txt: skipped: not DICOM", "truncated.dcm: skipped: ")
                .contains("2 files matched (5 scanned, 2 skipped)");
    }

    @Test
    void recursiveGoesIntoSubFolders() {
        assertThat(search("--modality", "CT", "--format", "list").out()).contains("a.dcm").doesNotContain("c.dcm");
        assertThat(search("--modality", "CT", "--format", "list", "-r").out()).contains("a.dcm", "c.dcm");
    }

    @Test
    void exitCodesForAMissingFolderAndAFolderWithoutDicom() throws IOException {
        CliRun missing = CliRun.of("search", dir.resolve("missing").toString(), "--modality", "CT");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.CANNOT_READ);
        assertThat(missing.err()).isEqualTo("missing: no such file or directory\n");
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("x.txt"), "just some text, no DICOM here");
        CliRun empty = CliRun.of("search", plain.toString(), "--modality", "CT");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(empty.out()).isEmpty();
        assertThat(empty.err()).contains("plain: no DICOM files found (1 files scanned");
    }

    @Test
    void parallelOutputIsIdenticalToOneJob() {
        CliRun one = search("-r", "-t", "PatientName=*", "--format", "json", "--jobs", "1");
        CliRun four = search("-r", "-t", "PatientName=*", "--format", "json", "--jobs", "4");
        assertThat(four.out()).isEqualTo(one.out()).contains("\"count\": 3");
    }

    @Test
    void realSeriesByModalityAndInstanceNumber() {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "real data absent");
        CliRun ct = CliRun.of("search", REAL.toString(), "--modality", "CT", "--format", "json");
        assertThat(ct.exitCode()).isZero();
        assertThat(ct.out()).contains("\"count\": 174", "\"skipped\": 0");
        CliRun teens = CliRun.of("search", REAL.toString(), "-t", "InstanceNumber=/^1[0-9]$/", "--format", "list");
        assertThat(teens.out().lines()).hasSize(10).allMatch(l -> l.matches(" {2}\\d\\. .*IM-0001-\\d{4}\\.dcm|"
                + " \\d\\d\\. .*IM-0001-\\d{4}\\.dcm"));
    }
}
