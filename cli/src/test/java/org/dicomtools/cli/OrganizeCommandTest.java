// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganizeCommandTest {
    @TempDir
    Path dir;
    Path sample;
    Path dest;

    @BeforeEach
    void writeSample() throws IOException {
        sample = dir.resolve("s");
        dest = dir.resolve("out");
        assertThat(CliRun.of("sample", sample.toString()).exitCode()).isZero();
        Files.writeString(sample.resolve("notes.txt"), "not dicom");
    }

    private static long count(Path root) throws IOException {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void printsOneLinePerFileThenTheSummary() throws IOException {
        CliRun run = CliRun.of("organize", sample.toString(), dest.toString(), "-r", "--by", "series");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(30);
        assertThat(lines.get(0)).isEqualTo(Path.of("ct/CT-0001.dcm") + " -> "
                + Path.of("DOE^JANE/20240315/001_CT HEAD PHANTOM/0001.dcm"));
        assertThat(lines.get(29)).isEqualTo("Organized 29 files into " + dest
                + ": 29 copied, 0 duplicates, 0 conflicts, 1 skipped, 0 failed");
        assertThat(run.err().strip()).startsWith("notes.txt: skipped: not DICOM").doesNotContain("\n");
        assertThat(count(dest)).isEqualTo(29);
        assertThat(count(sample)).isEqualTo(30);
    }

    @Test
    void runningAgainFindsOnlyDuplicates() {
        CliRun.of("organize", sample.toString(), dest.toString(), "-r");
        CliRun again = CliRun.of("organize", sample.toString(), dest.toString(), "-r");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out().strip()).isEqualTo("Organized 0 files into " + dest
                + ": 0 copied, 29 duplicates, 0 conflicts, 1 skipped, 0 failed");
        assertThat(again.err()).contains(Path.of("ct/CT-0001.dcm") + ": duplicate: identical to "
                + Path.of("DOE^JANE/SAMPLE-001/CT-0001.dcm"));
    }

    @Test
    void aDryRunPrintsThePlanAndCreatesNothing() {
        CliRun run = CliRun.of("organize", sample.toString(), dest.toString(), "-r", "--move", "--dry-run",
                "--template", "{Modality}/{SeriesNumber:03}/{InstanceNumber:04}{ext}");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(Path.of("ct/CT-0020.dcm") + " -> " + Path.of("CT/001/0020.dcm"))
                .contains("Dry run: would organize 29 files into " + dest + ": 29 moved,");
        assertThat(Files.exists(dest)).isFalse();
        assertThat(Files.exists(sample.resolve("ct/CT-0020.dcm"))).isTrue();
    }

    @Test
    void movesAndReportsAsJsonAndJsonLines() throws IOException {
        Path report = dir.resolve("organize.jsonl");
        CliRun run = CliRun.of("organize", sample.toString(), dest.toString(), "-r", "--move", "--json",
                "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\n").contains("\"mode\": \"move\"", "\"moved\": 29",
                "\"skipped_not_dicom\": 1", "\"files_truncated\": false", "\"action\": \"MOVED\"",
                "\"destination\": \"" + Path.of("DOE^JANE/SAMPLE-001/CT-0001.dcm") + "\"");
        assertThat(run.err()).isEmpty();
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).hasSize(30).allMatch(l -> l.startsWith("{\"source\":"));
        assertThat(lines).anyMatch(l -> l.contains("\"action\":\"SKIPPED_NOT_DICOM\"") && l.contains("notes.txt"));
        assertThat(count(sample)).isEqualTo(1);
        assertThat(count(dest)).isEqualTo(29);
    }

    @Test
    void exitCodesFollowTheSpec() throws IOException {
        Path text = Files.createDirectories(dir.resolve("text"));
        Files.writeString(text.resolve("a.txt"), "hello");
        assertThat(CliRun.of("organize", text.toString(), dest.toString()).exitCode()).isEqualTo(ExitCodes.NO_INPUT);

        CliRun missing = CliRun.of("organize", dir.resolve("nope").toString(), dest.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.CANNOT_READ);
        assertThat(missing.err().strip()).isEqualTo("nope: no such file or directory");

        Files.createDirectories(dest);
        Files.writeString(dest.resolve("CT"), "a file where a folder is needed");
        CliRun some = CliRun.of("organize", sample.toString(), dest.toString(), "-r", "--by", "modality");
        assertThat(some.exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(some.err()).contains(Path.of("ct/CT-0001.dcm") + ": failed: cannot write "
                + Path.of("CT/DOE^JANE/CT-0001.dcm"));
        assertThat(some.out()).contains("9 copied, 0 duplicates, 0 conflicts, 1 skipped, 20 failed");

        Path blocked = dir.resolve("blocked");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("DOE^JANE"), "blocks every file");
        assertThat(CliRun.of("organize", sample.toString(), blocked.toString(), "-r").exitCode())
                .isEqualTo(ExitCodes.NO_VALID_INPUT);
    }

    @Test
    void usageErrorsExitOne() {
        String s = sample.toString();
        String d = dest.toString();
        for (String[] args : List.of(
                new String[] {"organize", s, d, "--template", "{NoSuchKeyword}/{basename}"},
                new String[] {"organize", s, d, "--template", "../{PatientID}"},
                new String[] {"organize", s, d, "--by", "date"},
                new String[] {"organize", s, d, "--by", "study", "--template", "{PatientID}"},
                new String[] {"organize", s, d, "--copy", "--move"},
                new String[] {"organize", s, d, "--on-collision", "merge"},
                new String[] {"organize", s, sample.resolve("sorted").toString(), "-r"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).startsWith("dicom-tools: ");
        }
        assertThat(Files.exists(dest)).isFalse();
    }

    @Test
    void onCollisionSkipLeavesTakenNames() {
        CliRun.of("organize", sample.toString(), dest.toString(), "-r", "--template", "{Modality}{ext}");
        CliRun run = CliRun.of("organize", sample.toString(), dir.resolve("o2").toString(), "-r", "--template",
                "{Modality}{ext}", "--on-collision", "skip");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("5 copied, 0 duplicates, 0 conflicts, 25 skipped, 0 failed");
        assertThat(run.err()).contains("skipped: CT.dcm (placed in this run) holds another instance");
    }
}
