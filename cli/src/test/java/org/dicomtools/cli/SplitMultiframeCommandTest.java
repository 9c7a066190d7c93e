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
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitMultiframeCommandTest {
    @TempDir
    static Path dir;
    static Path mr;
    static Path ct;

    @BeforeAll
    static void writeSample() {
        assertThat(CliRun.of("sample", dir.resolve("s").toString()).exitCode()).isZero();
        mr = dir.resolve("s/mr/MR-ENHANCED.dcm");
        ct = dir.resolve("s/ct/CT-0001.dcm");
    }

    @Test
    void splitsEveryFrameBesideTheInputAndSaysWhere() {
        CliRun run = CliRun.of("split-multiframe", mr.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path out = dir.resolve("s/mr/MR-ENHANCED_split").toAbsolutePath();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("Saved " + out.resolve("MR-ENHANCED_frame_0001.dcm"));
        assertThat(lines.get(8)).isEqualTo("Split 8 frames into " + out);
        assertThat(run.err()).isEmpty();
        assertThat(DicomReader.read(out.resolve("MR-ENHANCED_frame_0008.dcm")).dataSet()
                .getInt(Tag.InstanceNumber, -1)).isEqualTo(8);
    }

    @Test
    void framesOutputDirAndPrefix() {
        Path out = dir.resolve("chosen");
        CliRun run = CliRun.of("split-multiframe", mr.toString(), "-o", out.toString(), "--frames", "2,4-5",
                "--prefix", "head");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("Split 3 frames into " + out + System.lineSeparator());
        assertThat(out.resolve("head_frame_0002.dcm")).exists();
        assertThat(out.resolve("head_frame_0004.dcm")).exists();
        assertThat(out.resolve("head_frame_0005.dcm")).exists();
        assertThat(out.resolve("head_frame_0001.dcm")).doesNotExist();
    }

    @Test
    void framesPastTheEndAreWarnedAndSkipped() {
        Path out = dir.resolve("past");
        CliRun run = CliRun.of("split-multiframe", mr.toString(), "--output-dir", out.toString(), "--frames", "8,9");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("MR-ENHANCED.dcm: warning: frame numbers outside 1..8 skipped: 9"
                + System.lineSeparator());
        assertThat(run.out()).contains("Split 1 frame into");
    }

    @Test
    void noValidFrameIsInvalidInput() {
        for (String frames : new String[] {"0", "9"}) {
            Path out = dir.resolve("none-" + frames);
            CliRun run = CliRun.of("split-multiframe", mr.toString(), "-o", out.toString(), "--frames", frames);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("MR-ENHANCED.dcm: none of the frames asked for (" + frames
                    + ") exists: the image has 8 frames");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void malformedFrameListsAreUsageErrors() {
        for (String[] bad : new String[][] {{"a-b", "'a-b' is not a frame number"}, {"5-3", "'5-3' is backwards"}}) {
            CliRun run = CliRun.of("split-multiframe", mr.toString(), "--frames", bad[0]);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(bad[1]).contains("--help");
        }
        CliRun prefix = CliRun.of("split-multiframe", mr.toString(), "--prefix", "../up");
        assertThat(prefix.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(prefix.err()).contains("prefix '../up'");
    }

    @Test
    void aSingleFrameImageIsInvalidInput() {
        CliRun run = CliRun.of("split-multiframe", ct.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("CT-0001.dcm: single-frame image, not multi-frame" + System.lineSeparator());
        assertThat(dir.resolve("s/ct/CT-0001_split")).doesNotExist();
    }

    @Test
    void missingInputCannotBeRead() {
        CliRun run = CliRun.of("split-multiframe", dir.resolve("nope.dcm").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_READ);
        assertThat(run.err()).startsWith("nope.dcm: ");
    }

    @Test
    void infoPrintsTheFramesAndWritesNothing() {
        Path out = dir.resolve("info-out");
        CliRun run = CliRun.of("split-multiframe", mr.toString(), "--info", "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("Multi-frame image: 8 frames", "Frame dimensions: 64 x 64",
                "NumberOfFrames: 8");
        assertThat(out).doesNotExist();
        CliRun single = CliRun.of("split-multiframe", ct.toString(), "--info");
        assertThat(single.exitCode()).isZero();
        assertThat(single.out().lines()).containsExactly("This is a single-frame image.", "Dimensions: 128 x 128");
        CliRun json = CliRun.of("split-multiframe", mr.toString(), "--info", "--json");
        assertThat(json.out()).contains("\"frames\": 8", "\"multi_frame\": true", "\"NumberOfFrames\": \"8\"");
    }

    @Test
    void jsonIsOneDocumentWithEveryOutput() throws IOException {
        Path out = dir.resolve("json");
        CliRun run = CliRun.of("split-multiframe", mr.toString(), "-o", out.toString(), "--frames", "1,3,12",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> keys = new ArrayList<>();
        List<Integer> frames = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(run.out())) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                if (t == JsonToken.FIELD_NAME && depth == 1) {
                    keys.add(p.currentName());
                }
                if (t == JsonToken.FIELD_NAME && "frame".equals(p.currentName())) {
                    p.nextToken();
                    frames.add(p.getIntValue());
                }
            }
        }
        assertThat(keys).containsExactly("input", "frames", "output_dir", "outputs", "warnings");
        assertThat(frames).containsExactly(1, 3);
        assertThat(run.out()).contains("\"frames\": 8", "\"transfer_syntax\": \"1.2.840.10008.1.2.1\"",
                "\"pixels\": \"copied\"", "skipped: 12", "MR-ENHANCED_frame_0003.dcm");
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(2);
        }
    }
}
