// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    static final List<String> KEYS = List.of("path", "op", "status", "output", "error_code", "message", "elapsed_ms",
            "result");

    @TempDir
    Path dir;
    Path scans;
    List<String> dicom;

    @BeforeEach
    void writeFolder() {
        scans = dir.resolve("scans");
        dicom = BatchFolders.study(scans);
    }

    private CliRun batch(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    @Test
    void everyOperationRunsOverTheStudyAndReportsEveryFileWithTheFixedKeys() {
        String[][] ops = {{"list"}, {"convert"}, {"anonymize", "--secret", "k"}, {"transcode", "--syntax", "deflated"},
            {"decompress"}, {"validate"}, {"stats", "--modality"}};
        for (String[] op : ops) {
            Path report = dir.resolve(op[0] + ".jsonl");
            String[] args = Stream.concat(Stream.of(op[0], scans.toString(), "-r", "--report", report.toString()),
                    Stream.of(op).skip(1)).toArray(String[]::new);
            CliRun run = batch(args);
            assertThat(run.exitCode()).as(op[0] + ": " + run.err()).isZero();
            assertThat(run.out()).as(op[0]).containsPattern(op[0] + ": " + (dicom.size() + BatchFolders.JUNK.size())
                    + " files in [0-9.]+ s \\([0-9.]+ files/s, [0-9.]+ MB/s\\): " + dicom.size() + " ok, 0 failed, "
                    + BatchFolders.JUNK.size() + " skipped");
            List<Map<String, Object>> records = JsonLines.read(report);
            assertThat(records).as(op[0]).hasSize(dicom.size() + BatchFolders.JUNK.size());
            assertThat(records).allSatisfy(r -> assertThat(List.copyOf(r.keySet())).isEqualTo(KEYS));
            assertThat(records).allSatisfy(r -> assertThat(r.get("op")).isEqualTo(op[0]));
            assertThat(records.stream().filter(r -> r.get("status").equals("ok")).map(r -> r.get("path")))
                    .as(op[0]).containsExactlyInAnyOrderElementsOf(dicom);
            assertThat(records.stream().filter(r -> r.get("status").equals("skipped")).map(r -> r.get("path")))
                    .containsExactlyInAnyOrderElementsOf(BatchFolders.JUNK);
            assertThat(Files.exists(BatchReport.partial(report))).isFalse();
        }
        assertThat(dir.resolve("scans_convert/ct/CT-0001.png")).exists();
        assertThat(dir.resolve("scans_convert/deep/a b/ünïcødé/CT copy.png")).exists();
        assertThat(DicomReader.read(dir.resolve("scans_anonymize/mr/MR-ENHANCED.dcm")).dataSet()
                .getString(Tag.PatientName)).isEqualTo("ANONYMOUS^PATIENT");
        assertThat(DicomReader.read(dir.resolve("scans_transcode/ct/CT-0020.dcm")).transferSyntax().shortName())
                .isEqualTo("deflated");
        assertThat(tree(dir.resolve("scans_decompress")).keySet()).containsExactlyInAnyOrderElementsOf(dicom);
        assertThat(dir.resolve("scans_list")).doesNotExist();
        Map<String, Object> stats = JsonLines.read(dir.resolve("stats.jsonl")).stream()
                .filter(r -> r.get("path").equals("ct/CT-0001.dcm")).findFirst().orElseThrow();
        assertThat(result(stats)).containsKeys("mean", "p99", "total_pixels");
    }

    @Test
    void listPrintsOneLinePerFileAndSkippedFilesOnlyWithVerbose() {
        CliRun run = batch("list", scans.toString(), "-r");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("mr/MR-ENHANCED.dcm\t70718\tMR\tEnhancedMRImageStorage\texplicit\t64x64x8\n",
                "deep/a b/IM0001\t");
        assertThat(run.out().lines().filter(l -> l.contains("\t"))).hasSize(dicom.size());
        assertThat(run.err()).doesNotContain("notes.txt");
        CliRun verbose = CliRun.of("-v", "batch", "list", scans.toString(), "-r");
        assertThat(verbose.err()).contains("ct/notes.txt: skipped: not DICOM", "DICOMDIR: skipped: DICOMDIR");
    }

    @Test
    void jsonPrintsOneSummaryDocumentAndNothingElse() {
        Path report = dir.resolve("r.jsonl");
        CliRun run = batch("list", scans.toString(), "-r", "--json", "--report", report.toString());
        assertThat(run.exitCode()).isZero();
        Map<String, Object> doc = JsonLines.object(run.out());
        assertThat(List.copyOf(doc.keySet())).containsExactly("op", "input", "output", "report", "found", "succeeded",
                "failed", "skipped", "resumed", "elapsed_ms", "files_per_s", "mb_per_s");
        assertThat(doc).containsEntry("op", "list").containsEntry("output", null)
                .containsEntry("report", report.toString())
                .containsEntry("found", (long) dicom.size() + BatchFolders.JUNK.size())
                .containsEntry("succeeded", (long) dicom.size()).containsEntry("failed", 0L)
                .containsEntry("skipped", (long) BatchFolders.JUNK.size());
    }

    @Test
    void aTruncatedFileIsAPartialFailureWithCode22AndAStderrLine() {
        BatchFolders.truncate(scans.resolve("ct/CT-0003.dcm"));
        Path report = dir.resolve("r.jsonl");
        CliRun run = batch("anonymize", scans.toString(), "-r", "--report", report.toString(), "-o",
                dir.resolve("anon").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(run.err()).contains("ct/CT-0003.dcm: ");
        Map<String, Object> bad = JsonLines.read(report).stream().filter(r -> r.get("path").equals("ct/CT-0003.dcm"))
                .findFirst().orElseThrow();
        assertThat(bad).containsEntry("status", "failed").containsEntry("error_code", 22L)
                .containsEntry("output", null);
        assertThat((String) bad.get("message")).contains("exceeds");
        assertThat(run.out()).contains((dicom.size() - 1) + " ok, 1 failed");
    }

    @Test
    void exitCodesSayWhetherAllSomeOrNoneSucceededOrThereWasNoDicom() throws IOException {
        Path junk = Files.createDirectories(dir.resolve("junk"));
        Files.writeString(junk.resolve("a.txt"), "just text, no DICOM here");
        assertThat(batch("list", junk.toString()).exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(batch("list", Files.createDirectories(dir.resolve("nothing")).toString()).exitCode())
                .isEqualTo(ExitCodes.NO_INPUT);

        Path broken = Files.createDirectories(dir.resolve("broken"));
        for (String name : new String[] {"1.dcm", "2.dcm"}) {
            Files.copy(scans.resolve("ct/CT-0001.dcm"), broken.resolve(name));
            BatchFolders.truncate(broken.resolve(name));
        }
        Files.writeString(broken.resolve("readme.txt"), "skipped files alone are not a failure");
        CliRun none = batch("decompress", broken.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.NO_VALID_INPUT);
        assertThat(none.out()).contains("0 ok, 2 failed, 1 skipped");

        Files.copy(scans.resolve("ct/CT-0002.dcm"), broken.resolve("3.dcm"));
        assertThat(batch("decompress", broken.toString()).exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(batch("decompress", scans.toString()).exitCode()).as("only junk at the top").isEqualTo(ExitCodes.NO_INPUT);
        assertThat(batch("decompress", scans.toString(), "-r").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(batch("list", dir.resolve("missing").toString()).exitCode()).isEqualTo(ExitCodes.CANNOT_READ);
    }

    @Test
    void anOutputThatCannotBeWrittenIsCode40() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("mr"), "a file where the mr folder should go");
        Path report = dir.resolve("w.jsonl");
        CliRun run = batch("anonymize", scans.toString(), "-r", "-o", out.toString(), "--report", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(JsonLines.read(report).stream().filter(r -> r.get("path").equals("mr/MR-ENHANCED.dcm")).findFirst()
                .orElseThrow()).containsEntry("error_code", 40L).containsEntry("status", "failed");
    }

    @Test
    void anUnreadableFileIsCode20() throws IOException {
        Path report = dir.resolve("u.jsonl");
        Path locked = scans.resolve("ct/CT-0009.dcm");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reading");
            CliRun list = batch("list", scans.resolve("ct").toString(), "--report", report.toString());
            assertThat(list.exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
            assertThat(list.err()).contains("CT-0009.dcm: permission denied");
            assertThat(JsonLines.read(report).stream().filter(r -> r.get("path").equals("CT-0009.dcm")).findFirst()
                    .orElseThrow()).containsEntry("error_code", 20L);
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void validateFailsFilesWithErrorsWithCode22() throws IOException {
        var f = DicomReader.read(scans.resolve("ct/CT-0001.dcm"));
        f.dataSet().remove(Tag.Modality);
        org.dicomtools.io.DicomWriter.write(scans.resolve("ct/CT-0001.dcm"), f);
        Path report = dir.resolve("v.jsonl");
        CliRun run = batch("validate", scans.resolve("ct").toString(), "--report", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(run.err()).contains("CT-0001.dcm: ", "Modality");
        Map<String, Object> bad = JsonLines.read(report).stream().filter(r -> r.get("path").equals("CT-0001.dcm"))
                .findFirst().orElseThrow();
        assertThat(bad).containsEntry("status", "failed").containsEntry("error_code", 22L);
        assertThat(result(bad)).containsEntry("valid", false);
    }

    @Test
    void theDefaultOutputIsASiblingFolderAndOneInsideTheInputIsRefusedWhenRecursive() {
        CliRun run = batch("anonymize", scans.toString(), "-r");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("-> " + dir.resolve("scans_anonymize").toAbsolutePath());
        assertThat(dir.resolve("scans_anonymize/ct/CT-0001.dcm")).exists();

        CliRun inside = batch("anonymize", scans.toString(), "-r", "-o", scans.resolve("out").toString());
        assertThat(inside.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(inside.err()).contains("inside the input folder");
        assertThat(scans.resolve("out")).doesNotExist();
        assertThat(batch("anonymize", scans.toString(), "-o", scans.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(batch("list", scans.toString(), "-o", dir.resolve("x").toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(batch("convert", scans.toString(), "--all-frames", "--resume").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(batch("transcode", scans.toString(), "--syntax", "nonsense").exitCode())
                .isEqualTo(ExitCodes.UNSUPPORTED);
        assertThat(batch(scans.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void resumeRedoesOnlyWhatIsMissingAndASecondFullRunSkipsEverything() throws IOException {
        Path out = dir.resolve("out");
        assertThat(batch("transcode", scans.toString(), "-r", "--syntax", "rle", "-o", out.toString()).exitCode())
                .isEqualTo(ExitCodes.PARTIAL_FAILURE); // RLE cannot hold YBR_FULL_422
        Files.delete(out.resolve("ct/CT-0004.dcm"));
        Files.delete(out.resolve("deep/a b/IM0001"));
        Path report = dir.resolve("resume.jsonl");
        CliRun second = batch("transcode", scans.toString(), "-r", "--syntax", "rle", "-o", out.toString(),
                "--resume", "--report", report.toString());
        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        List<Map<String, Object>> records = JsonLines.read(report);
        assertThat(records.stream().filter(r -> r.get("status").equals("ok")).map(r -> r.get("path")))
                .containsExactlyInAnyOrder("ct/CT-0004.dcm", "deep/a b/IM0001");
        assertThat(records.stream().filter(r -> "resume: output exists".equals(r.get("message")))).hasSize(
                dicom.size() - 3);

        CliRun third = batch("anonymize", scans.toString(), "-r", "-o", dir.resolve("anon").toString());
        assertThat(third.exitCode()).isZero();
        CliRun again = batch("anonymize", scans.toString(), "-r", "-o", dir.resolve("anon").toString(), "--resume");
        assertThat(again.exitCode()).as("all done before is success").isZero();
        assertThat(again.out()).contains("0 ok, 0 failed, " + (dicom.size() + BatchFolders.JUNK.size())
                + " skipped (" + dicom.size() + " done before)");
    }

    @Test
    void runsAreIdempotentAndOneJobWritesWhatFourDo() {
        for (String[] op : new String[][] {{"anonymize"}, {"convert"}, {"transcode", "--syntax", "jpeg-lossless"}}) {
            Path one = dir.resolve(op[0] + "-1");
            Path four = dir.resolve(op[0] + "-4");
            Path again = dir.resolve(op[0] + "-4b");
            batch(Stream.concat(Stream.of(op[0], scans.toString(), "-r", "-j", "1", "-o", one.toString()),
                    Stream.of(op).skip(1)).toArray(String[]::new));
            batch(Stream.concat(Stream.of(op[0], scans.toString(), "-r", "-j", "4", "-o", four.toString()),
                    Stream.of(op).skip(1)).toArray(String[]::new));
            batch(Stream.concat(Stream.of(op[0], scans.toString(), "-r", "-j", "4", "-o", again.toString()),
                    Stream.of(op).skip(1)).toArray(String[]::new));
            assertThat(tree(one)).as(op[0]).hasSizeGreaterThanOrEqualTo(dicom.size() - 1).isEqualTo(tree(four));
            assertThat(tree(four)).as(op[0]).isEqualTo(tree(again));
        }
    }

    @Test
    void progressIsDrawnOnlyWhenAskedOrOnATerminal() {
        CliRun auto = batch("list", scans.toString(), "-r");
        assertThat(auto.err()).doesNotContain("\r");
        CliRun always = batch("anonymize", scans.toString(), "-r", "--progress", "always", "-o",
                dir.resolve("p").toString());
        assertThat(always.err()).contains("\r", "files/s", "MB/s");
        assertThat(batch("list", scans.toString(), "--progress", "sometimes").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anonymizeKeepsItsPerElementReportAndMappingBesideTheBatchReport() throws IOException {
        Path report = dir.resolve("batch.jsonl");
        Path actions = dir.resolve("actions.jsonl");
        Path mapping = dir.resolve("map.csv");
        CliRun run = batch("anonymize", scans.toString(), "-r", "--report", report.toString(), "--anonymize-report",
                actions.toString(), "--mapping", mapping.toString(), "--secret", "s3cret");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JsonLines.read(report)).hasSize(dicom.size() + BatchFolders.JUNK.size());
        List<Map<String, Object>> perElement = JsonLines.read(actions);
        assertThat(perElement).hasSize(dicom.size() + BatchFolders.JUNK.size());
        assertThat(perElement).anyMatch(r -> r.get("actions") instanceof List<?> l && !l.isEmpty());
        assertThat(Files.readString(actions)).doesNotContain("DOE^JANE");
        assertThat(Files.readString(mapping)).contains("PatientID,SAMPLE-001,ANON_");
    }

    @Test
    void anonymizeOfAFolderRunsOnTheBatchEngineAndGivesItsSummaryAsJson() {
        CliRun run = CliRun.of("anonymize", scans.toString(), "-r", "-o", dir.resolve("a").toString(), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(JsonLines.object(run.out())).containsEntry("op", "anonymize")
                .containsEntry("succeeded", (long) dicom.size()).containsEntry("skipped", (long) BatchFolders.JUNK.size());
        assertThat(dir.resolve("a/deep/a b/ünïcødé/CT copy.dcm")).exists();
    }

    @Test
    void theContractRunsBatchOperations() throws IOException {
        Path request = dir.resolve("request.json");
        Files.writeString(request, "{\"op\": \"batch_anonymize\", \"input\": \"" + scans.toString().replace("\\", "/")
                + "\", \"output\": \"" + dir.resolve("c").toString().replace("\\", "/")
                + "\", \"options\": {\"recursive\": true, \"patient_prefix\": \"X\"}}");
        CliRun run = CliRun.of("contract", "--request", request.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        Map<String, Object> response = JsonLines.object(run.out());
        assertThat(response).containsEntry("ok", true).containsEntry("operation", "batch_anonymize");
        assertThat(result(Map.of("result", response.get("metadata")))).containsEntry("succeeded", (long) dicom.size())
                .containsEntry("skipped", (long) BatchFolders.JUNK.size());
        assertThat(DicomReader.read(dir.resolve("c/ct/CT-0001.dcm")).dataSet().getString(Tag.PatientID))
                .startsWith("X_");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> result(Map<String, Object> record) {
        return (Map<String, Object>) record.get("result");
    }

    /** Every regular file below a folder, by relative path, with its bytes' hash. */
    static Map<String, Integer> tree(Path root) {
        Map<String, Integer> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(BatchFolders.slashes(root.relativize(p)), java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }
}
