// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void realSliceGivesTheNumpyFigures() {
        Path slice = Path.of("").toAbsolutePath().resolve("../../shared/data/sample_series/IM-0001-0001.dcm")
                .normalize();
        Assumptions.assumeTrue(Files.exists(slice), "shared/data/sample_series not present");
        CliRun run = CliRun.of("stats", slice.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("mean: 516.8795394897461\n", "median: 74.0\n", "p99: 3607.570000000007\n",
                "unique_values: 4024\n", "zero_pixels: 5647\n", "total_pixels: 262144\n");
        assertThat(CliRun.of("stats", slice.toString(), "--modality", "--json").out())
                .contains("\"min\": -1024", "\"mean\": -507.1204605102539");
    }

    @Test
    void colourIsPerChannelAndFramesAreChecked() {
        assertThat(CliRun.of("sample", dir.toString()).exitCode()).isZero();
        CliRun rgb = CliRun.of("stats", dir.resolve("us/US-RGB.dcm").toString());
        assertThat(rgb.out()).contains("[R]", "[G]", "[B]");
        assertThat(CliRun.of("stats", dir.resolve("us/US-RGB.dcm").toString(), "--luminance").out())
                .doesNotContain("[R]");
        CliRun mr = CliRun.of("stats", dir.resolve("mr/MR-ENHANCED.dcm").toString(), "--frame", "8");
        assertThat(mr.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(mr.err()).contains("frame 8 out of range: the image has 8 frame(s)");
        assertThat(CliRun.of("stats", dir.resolve("mr/MR-ENHANCED.dcm").toString(), "--all-frames").out())
                .contains("total_pixels: 32768");
    }
}
