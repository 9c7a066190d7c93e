// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomtools.io.DicomReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    @TempDir
    static Path dir;
    static Path ct;

    @BeforeAll
    static void writeSample() {
        CliRun run = CliRun.of("sample", dir.resolve("sample").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        ct = dir.resolve("sample/ct/CT-0001.dcm");
    }

    @Test
    void versionListsTheNativeSyntaxes() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("dicom-tools", "explicit", "1.2.840.10008.1.2.1.99", "big-endian");
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("info", "dump", "to-json", "from-json", "validate", "sample", "demo");
    }

    @Test
    void infoJsonHasTheSeedKeys() {
        CliRun run = CliRun.of("info", ct.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"id\": \"SAMPLE-001\"", "\"name\": \"DOE^JANE\"", "\"modality\": \"CT\"",
                "\"rows\": \"128\"", "\"transfer_syntax\": \"1.2.840.10008.1.2.1\"");
    }

    @Test
    void infoTextPrintsSections() {
        CliRun run = CliRun.of("info", ct.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Patient", "Study", "Series", "Image").containsPattern("id\\s+SAMPLE-001");
    }

    @Test
    void dumpPrintsElementsWithKeywordsAndNestedItems() {
        CliRun run = CliRun.of("dump", ct.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(0010,0010) PN [DOE^JANE]", "PatientName", "(0002,0010) UI",
                "(FFFE,E000) na (Item #1)", "(7FE0,0010) OW (32768 bytes of binary data)");
    }

    @Test
    void dumpJsonIsTheDicomJsonModel() {
        CliRun run = CliRun.of("dump", ct.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"00100010\"", "\"Alphabetic\"", "\"7FE00010\"", "\"InlineBinary\"");
    }

    @Test
    void jsonRoundTripKeepsTheDataSet() throws IOException {
        Path json = dir.resolve("ct.json");
        Path back = dir.resolve("ct-back.dcm");
        assertThat(CliRun.of("to-json", ct.toString(), "--output", json.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("from-json", json.toString(), "--output", back.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DicomReader.read(back).dataSet()).isEqualTo(DicomReader.read(ct).dataSet());
        assertThat(Files.readString(json)).startsWith("{");
    }

    @Test
    void validateSampleIsValid() {
        CliRun run = CliRun.of("validate", ct.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("VALID");
        CliRun json = CliRun.of("validate", ct.toString(), "--json");
        assertThat(json.out()).contains("\"ok\": true");
    }

    @Test
    void demoRunsEveryStepAndWritesTheIndexPage() throws IOException {
        Path out = dir.resolve("demo");
        CliRun run = CliRun.of("demo", "--output", out.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("FAILED", "DIFFERS")
                .contains("validate          29/29 valid", "jpeg-ls: ct/CT-0001.dcm", "verified lossless",
                        "jpeg-baseline: us/US-RGB.dcm", "anonymize         29 files", "batch convert     29 files",
                        "organize          29 files", "split-multiframe  8 single-frame", "search            2 of 29",
                        "contract          stats request answered ok");
        for (String f : new String[] {"info.json", "dump.json", "dump.txt", "validate.txt", "images/CT-0010.png",
            "images/CT-0010_histogram.png", "images/explain.jsonl", "transcoded/CT-0001_rle.dcm",
            "anonymized/ct/CT-0001.dcm", "converted/mr/MR-ENHANCED.png", "split/MR-ENHANCED_frame_0008.dcm",
            "modified/CT-0001_modified.dcm", "contract-response.json", "index.html"}) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("15 of 15 steps succeeded", "<img src=\"images/CT-0010.png\"",
                "<img src=\"images/CT-0010_histogram.png\"", "split-multiframe", "organize").doesNotContain("failed</span>");
        // Every link of the page points at a file the demo made.
        var links = java.util.regex.Pattern.compile("(?:href|src)=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (links.find()) {
            String link = java.net.URLDecoder.decode(links.group(1), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(out.resolve(link)).as(link).exists();
            count++;
        }
        assertThat(count).isGreaterThan(50);

        CliRun again = CliRun.of("demo", "--output", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("organize          0 files", "29 duplicates");
    }
}
