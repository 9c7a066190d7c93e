// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the contract (SPEC §10): each request's whole response envelope is compared with
 * {@code src/test/resources/contract/<case>.json}, with the temporary folder written as {@code $DIR} and timings as
 * {@code 0}. Run with {@code -Dcontract.golden.update=true} to rewrite the files after a deliberate change, then
 * read the diff.
 */
class ContractTest {
    private static final Path GOLDEN = Path.of("src/test/resources/contract");
    private static final Pattern TIMING = Pattern.compile("(\"(?:elapsed_ms|files_per_s|mb_per_s)\\\\?\": )[0-9.Ee+-]+");

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeSample() throws IOException {
        CliRun run = CliRun.of("sample", dir.resolve("sample").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun rle = CliRun.of("transcode", dir.resolve("sample/ct/CT-0002.dcm").toString(), "--syntax", "rle",
                "--output", dir.resolve("rle.dcm").toString());
        assertThat(rle.exitCode()).as(rle.err()).isZero();
        Files.writeString(dir.resolve("notes.txt"), "not a DICOM file\n");
        Files.createDirectories(dir.resolve("empty"));
    }

    static Stream<Arguments> cases() {
        String ct = "$DIR/sample/ct/CT-0001.dcm";
        return Stream.of(
                Arguments.of("info", "{\"op\": \"info\", \"input\": \"" + ct + "\"}"),
                Arguments.of("info-with-backend", "{\"backend\": \"python\", \"op\": \"info\", \"input\": \"" + ct
                        + "\", \"output\": null, \"options\": {\"json\": true, \"verbose\": false}}"),
                Arguments.of("dump", "{\"op\": \"dump\", \"input\": \"" + ct
                        + "\", \"options\": {\"max_depth\": 1, \"max_value_len\": 16}}"),
                Arguments.of("validate", "{\"op\": \"validate\", \"input\": \"" + ct + "\"}"),
                Arguments.of("stats", "{\"op\": \"stats\", \"input\": \"" + ct + "\", \"options\": {\"bins\": 16}}"),
                Arguments.of("histogram", "{\"op\": \"histogram\", \"input\": \"" + ct
                        + "\", \"options\": {\"bins\": 4}}"),
                Arguments.of("anonymize", "{\"op\": \"anonymize\", \"input\": \"" + ct
                        + "\", \"output\": \"$DIR/out/anon.dcm\"}"),
                Arguments.of("to_image", "{\"op\": \"to_image\", \"input\": \"" + ct
                        + "\", \"output\": \"$DIR/out/ct.png\", \"options\": {\"format\": \"png\", \"frame\": 0,"
                        + " \"window_center\": -600, \"window_width\": 1500.0, \"force_8bit\": true}}"),
                Arguments.of("transcode", "{\"op\": \"transcode\", \"input\": \"" + ct
                        + "\", \"output\": \"$DIR/out/ls.dcm\", \"options\": {\"syntax\": \"jpeg-ls\"}}"),
                Arguments.of("transcode-default-syntax", "{\"op\": \"transcode\", \"input\": \"" + ct
                        + "\", \"output\": \"$DIR/out/explicit.dcm\"}"),
                Arguments.of("decompress", "{\"op\": \"decompress\", \"input\": \"$DIR/rle.dcm\","
                        + " \"output\": \"$DIR/out/plain.dcm\"}"),
                Arguments.of("to_json", "{\"op\": \"to_json\", \"input\": \"" + ct
                        + "\", \"output\": \"$DIR/out/ct.json\"}"),
                Arguments.of("from_json", "{\"op\": \"from_json\", \"input\": \"$DIR/out/ct.json\","
                        + " \"output\": \"$DIR/out/back.dcm\"}"),
                Arguments.of("split_multiframe", "{\"op\": \"split_multiframe\", \"input\":"
                        + " \"$DIR/sample/mr/MR-ENHANCED.dcm\", \"output\": \"$DIR/out/split\","
                        + " \"options\": {\"frames\": [2, 4], \"prefix\": \"mr\"}}"),
                Arguments.of("bad-split-single-frame", "{\"op\": \"split_multiframe\", \"input\": \"" + ct
                        + "\", \"output\": \"$DIR/out/nosplit\"}"),
                Arguments.of("modify", "{\"op\": \"modify\", \"input\": \"" + ct + "\", \"output\":"
                        + " \"$DIR/out/modified.dcm\", \"options\": {\"tag\": [\"PatientName=ROE^RICHARD\","
                        + " \"StudyDescription=HEAD, PLAIN\"], \"delete\": [\"PatientBirthDate\"]}}"),
                Arguments.of("bad-modify-value", "{\"op\": \"modify\", \"input\": \"" + ct + "\", \"output\":"
                        + " \"$DIR/out/never.dcm\", \"options\": {\"tag\": [\"StudyDate=20241341\"]}}"),
                Arguments.of("search", "{\"op\": \"search\", \"input\": \"$DIR/sample\", \"options\":"
                        + " {\"recursive\": true, \"modality\": \"MR\", \"tag\": [\"SeriesNumber=/.*/\"]}}"),
                Arguments.of("organize", "{\"op\": \"organize\", \"input\": \"$DIR/sample\", \"output\":"
                        + " \"$DIR/out/organized\", \"options\": {\"recursive\": true, \"by\": \"modality\","
                        + " \"dry_run\": true}}"),
                Arguments.of("batch_convert", "{\"op\": \"batch_convert\", \"input\": \"$DIR/sample/ct\","
                        + " \"output\": \"$DIR/out/png\", \"options\": {\"format\": \"png\", \"recursive\": true}}"),
                Arguments.of("batch_list", "{\"op\": \"batch_list\", \"input\": \"$DIR/sample/us\"}"),
                Arguments.of("batch_validate", "{\"op\": \"batch_validate\", \"input\": \"$DIR/sample/dx\"}"),
                Arguments.of("batch_decompress", "{\"op\": \"batch_decompress\", \"input\": \"$DIR/sample/pal\","
                        + " \"output\": \"$DIR/out/pal\"}"),
                Arguments.of("batch_anonymize", "{\"op\": \"batch_anonymize\", \"input\": \"$DIR/sample/mr\","
                        + " \"output\": \"$DIR/out/anon-mr\", \"options\": {\"secret\": \"k\"}}"),
                Arguments.of("bad-batch-no-dicom", "{\"op\": \"batch_list\", \"input\": \"$DIR/empty\"}"),
                Arguments.of("bad-not-json", "{\"op\": \"info\", "),
                Arguments.of("bad-not-object", "[\"info\"]"),
                Arguments.of("bad-missing-op", "{\"input\": \"" + ct + "\"}"),
                Arguments.of("bad-unknown-op", "{\"op\": \"frobnicate\", \"input\": \"" + ct + "\"}"),
                Arguments.of("bad-missing-input", "{\"op\": \"stats\"}"),
                Arguments.of("bad-unknown-key", "{\"op\": \"stats\", \"input\": \"" + ct + "\", \"extra\": 1}"),
                Arguments.of("bad-option-key", "{\"op\": \"stats\", \"input\": \"" + ct
                        + "\", \"options\": {\"--output\": \"x\"}}"),
                Arguments.of("bad-unknown-option", "{\"op\": \"to_image\", \"input\": \"" + ct
                        + "\", \"output\": \"$DIR/out/x.png\", \"options\": {\"colour\": \"red\"}}"),
                Arguments.of("bad-missing-file", "{\"op\": \"stats\", \"input\": \"$DIR/nope.dcm\"}"),
                Arguments.of("bad-not-dicom", "{\"op\": \"info\", \"input\": \"$DIR/notes.txt\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void responseMatchesGolden(String name, String request) throws IOException {
        Path requestFile = dir.resolve(name + ".request.json");
        Files.writeString(requestFile, request.replace("$DIR", dir.toString()));

        CliRun run = CliRun.of("contract", "--request", requestFile.toString());

        String actual = TIMING.matcher(run.out().replace(dir.toString(), "$DIR")).replaceAll("$10");
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("contract.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file (run with -Dcontract.golden.update=true to create)").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        boolean ok = actual.contains("\"ok\": true");
        assertThat(run.exitCode()).isEqualTo(ok ? 0 : Integer.parseInt(
                actual.replaceAll("(?s).*?\"returncode\": (-?\\d+).*", "$1")));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void keysComeInTheContractOrder() {
        CliRun run = CliRun.of("contract", "--op", "info", "--input", dir.resolve("sample/ct/CT-0001.dcm").toString());
        assertThat(run.out()).containsSubsequence("\"ok\"", "\"returncode\"", "\"stdout\"", "\"stderr\"",
                "\"output_files\"", "\"metadata\"", "\"backend\": \"java\"", "\"operation\": \"info\"");
    }

    @Test
    void outputFilesAreWrittenWhole() throws IOException {
        CliRun run = CliRun.of("contract", "--op", "to_image", "--input", dir.resolve("sample/ct/CT-0003.dcm").toString(),
                "--output", dir.resolve("three.png").toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        byte[] png = Files.readAllBytes(dir.resolve("three.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
