// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdsTrainingTest {
    /**
     * A training command that fails (an option renamed, a file it expects not written) would still exit quietly and
     * leave that command's classes out of the archive; so each one must succeed.
     */
    @Test
    void everyTrainingCommandSucceeds(@TempDir Path dir) {
        List<String[]> runs = CdsTraining.runs(dir);
        for (String[] run : runs) {
            CliRun result = CliRun.of(run);
            assertThat(result.exitCode()).as("%s\n%s", Arrays.toString(run), result.err()).isZero();
        }
        assertThat(runs).extracting(run -> run[0])
                .contains("info", "dump", "to-image", "stats", "transcode", "decompress", "anonymize", "batch");
    }
}
