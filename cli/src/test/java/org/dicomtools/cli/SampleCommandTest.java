// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sample --ct-only / --ct-slices / --ct-size: a CT series of any size alone; the default study is covered elsewhere. */
class SampleCommandTest {

    private static long files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void ctOnlyWritesTheSeriesAlone(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("sample", dir.toString(), "--ct-only", "--ct-slices", "5", "--ct-size", "64");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 files written to");
        assertThat(files(dir)).isEqualTo(5);
        CliRun info = CliRun.of("info", "--json", dir.resolve("ct/CT-0005.dcm").toString());
        assertThat(info.out()).contains("\"rows\": \"64\"", "\"columns\": \"64\"");
    }

    @Test
    void sliceCountAndSizeAlsoApplyToTheWholeStudy(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("sample", dir.toString(), "--ct-slices", "2", "--ct-size", "32");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(files(dir.resolve("ct"))).isEqualTo(2);
        assertThat(dir.resolve("mr/MR-ENHANCED.dcm")).isRegularFile();
    }

    @Test
    void aSizeOutOfRangeIsAUsageErrorAndWritesNothing(@TempDir Path dir) throws IOException {
        CliRun small = CliRun.of("sample", dir.resolve("a").toString(), "--ct-only", "--ct-size", "4");
        CliRun none = CliRun.of("sample", dir.resolve("b").toString(), "--ct-only", "--ct-slices", "0");

        assertThat(small.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(small.err()).contains("--ct-size");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(files(dir)).isZero();
    }
}
