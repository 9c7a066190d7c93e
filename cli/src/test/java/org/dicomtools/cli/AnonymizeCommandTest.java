// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymizeCommandTest {
    @TempDir
    Path dir;
    Path sample;

    @BeforeEach
    void writeSample() {
        sample = dir.resolve("s");
        assertThat(CliRun.of("sample", sample.toString()).exitCode()).isZero();
    }

    @Test
    void anonymizesAFileBesideItAndWarnsWithoutASecret() {
        Path ct = sample.resolve("ct/CT-0001.dcm");
        CliRun run = CliRun.of("anonymize", ct.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path out = sample.resolve("ct/CT-0001_anon.dcm");
        assertThat(DicomReader.read(out).dataSet().getString(Tag.PatientName)).isEqualTo("ANONYMOUS^PATIENT");
        assertThat(run.out()).contains("Anonymized file written to", "PatientID ANON_", "dates +");
        assertThat(run.err()).contains("no --secret");
        assertThat(CliRun.of("anonymize", ct.toString(), "--secret", "k", "-o", dir.resolve("x.dcm").toString())
                .err()).doesNotContain("no --secret");
    }

    @Test
    void anonymizesAFolderTreeWithReportAndMapping() throws IOException {
        Files.writeString(sample.resolve("ct/notes.txt"), "not dicom");
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.jsonl");
        Path mapping = dir.resolve("map.csv");
        CliRun run = CliRun.of("anonymize", sample.toString(), "--output", out.toString(), "--recursive",
                "--report", report.toString(), "--mapping", mapping.toString(), "--secret", "s3cret");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("29 anonymized, 0 failed, 1 skipped");
        assertThat(out.resolve("ct/CT-0020.dcm")).exists();
        assertThat(out.resolve("mr/MR-ENHANCED.dcm")).exists();
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).hasSize(30);
        assertThat(lines).anyMatch(l -> l.contains("\"status\":\"skipped\"") && l.contains("notes.txt"));
        assertThat(lines).allMatch(l -> !l.contains("DOE^JANE"));
        assertThat(Files.readString(mapping)).startsWith("kind,original,pseudonym\n").contains("PatientID,SAMPLE-001,ANON_",
                "UID,", "DateOffsetDays,SAMPLE-001,");
    }

    @Test
    void folderWithoutDicomIsNoInputAndABadFileIsAPartialFailure() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("a.txt"), "x");
        assertThat(CliRun.of("anonymize", empty.toString(), "-o", dir.resolve("o1").toString()).exitCode())
                .isEqualTo(ExitCodes.NO_INPUT);
        byte[] whole = Files.readAllBytes(sample.resolve("ct/CT-0001.dcm"));
        Files.write(sample.resolve("ct/CT-0001.dcm"), java.util.Arrays.copyOf(whole, whole.length - 100));
        CliRun run = CliRun.of("anonymize", sample.resolve("ct").toString(), "-o", dir.resolve("o2").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(run.err()).contains("CT-0001.dcm: ").contains("exceeds");
        assertThat(run.out()).contains("19 anonymized, 1 failed");
    }

    @Test
    void folderNeedsAnOutput() {
        CliRun run = CliRun.of("anonymize", sample.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
