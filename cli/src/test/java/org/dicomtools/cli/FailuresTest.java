// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one line on stderr naming the file and the problem, the exit code of SPEC §11, no stack trace. */
class FailuresTest {
    @TempDir
    Path dir;

    private static void assertOneLine(CliRun run, String file) {
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith(file + ": ").doesNotContain("Exception", "\tat ");
    }

    @Test
    void emptyFileIsInvalidInput() throws IOException {
        Path f = Files.write(dir.resolve("empty.dcm"), new byte[0]);
        CliRun run = CliRun.of("info", f.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertOneLine(run, "empty.dcm");
        assertThat(run.err()).contains("empty file");
    }

    @Test
    void pngRenamedIsInvalidInput() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path f = Files.write(dir.resolve("image.dcm"), png);
        CliRun run = CliRun.of("dump", f.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertOneLine(run, "image.dcm");
    }

    @Test
    void truncatedFileIsInvalidInputAndVerboseShowsTheTrace() throws IOException {
        Path sample = dir.resolve("s");
        assertThat(CliRun.of("sample", sample.toString()).exitCode()).isZero();
        byte[] whole = Files.readAllBytes(sample.resolve("ct/CT-0001.dcm"));
        Path cut = Files.write(dir.resolve("cut.dcm"), Arrays.copyOf(whole, whole.length / 2));
        CliRun run = CliRun.of("dump", cut.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertOneLine(run, "cut.dcm");
        assertThat(run.err()).contains("(7FE0,0010)", "exceeds");
        CliRun verbose = CliRun.of("dump", cut.toString(), "--verbose");
        assertThat(verbose.err()).contains("MalformedDicomException");
    }

    @Test
    void missingFileCannotBeRead() {
        CliRun run = CliRun.of("info", dir.resolve("nope.dcm").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_READ);
        assertOneLine(run, "nope.dcm");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("info", "--no-such-option", "x.dcm");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void unknownTransferSyntaxListsTheKnownOnes() throws IOException {
        Path json = Files.writeString(dir.resolve("a.json"), "{}");
        CliRun run = CliRun.of("from-json", json.toString(), "--output", dir.resolve("o.dcm").toString(),
                "--transfer-syntax", "jpeg-9000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNSUPPORTED);
        assertThat(run.err()).contains("unknown transfer syntax 'jpeg-9000'", "explicit", "implicit");
    }

    @Test
    void unwritableOutputIsAnOutputError() throws IOException {
        Path sample = dir.resolve("s2");
        assertThat(CliRun.of("sample", sample.toString()).exitCode()).isZero();
        Path blocker = Files.writeString(dir.resolve("file-not-folder"), "x");
        CliRun run = CliRun.of("to-json", sample.resolve("ct/CT-0001.dcm").toString(), "--output",
                blocker.resolve("out.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_WRITE);
        assertThat(run.err().lines()).hasSize(1);
    }
}
