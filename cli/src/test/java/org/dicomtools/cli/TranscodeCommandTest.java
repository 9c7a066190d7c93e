// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscodeCommandTest {
    @TempDir
    static Path dir;
    static Path ct;
    static Path mr;

    @BeforeAll
    static void writeSample() {
        assertThat(CliRun.of("sample", dir.resolve("s").toString()).exitCode()).isZero();
        ct = dir.resolve("s/ct/CT-0001.dcm");
        mr = dir.resolve("s/mr/MR-ENHANCED.dcm");
    }

    @Test
    void transcodesToEveryLosslessSyntaxAndBack() {
        DicomFile source = DicomReader.read(mr);
        for (String ts : new String[] {"rle", "jpeg-lossless", "jpeg-lossless-nh14", "1.2.840.10008.1.2.5"}) {
            Path out = dir.resolve("mr-" + ts + ".dcm");
            CliRun run = CliRun.of("transcode", mr.toString(), "--syntax", ts, "-o", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("8 frame(s)", "verified lossless");
            Path back = dir.resolve("mr-" + ts + "-back.dcm");
            assertThat(CliRun.of("decompress", out.toString(), "-o", back.toString()).exitCode()).isZero();
            assertThat(DicomReader.read(back).dataSet().get(0x7FE00010).bytes())
                    .isEqualTo(source.dataSet().get(0x7FE00010).bytes());
        }
    }

    @Test
    void defaultOutputIsBesideTheInput() {
        CliRun run = CliRun.of("transcode", ct.toString(), "-t", "deflated");
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("s/ct/CT-0001_transcoded.dcm")).exists();
    }

    @Test
    void unknownSyntaxListsWhatCanBeWritten() {
        CliRun run = CliRun.of("transcode", ct.toString(), "-t", "jpeg-9000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNSUPPORTED);
        assertThat(run.err()).contains("unknown transfer syntax 'jpeg-9000'", "rle", "jpeg-lossless", "jpeg-baseline");
        CliRun j2k = CliRun.of("transcode", ct.toString(), "-t", "htj2k");
        assertThat(j2k.exitCode()).isEqualTo(ExitCodes.UNSUPPORTED);
        assertThat(j2k.err()).contains("cannot be written by this build");
    }

    @Test
    void signedSixteenBitCtIsRefusedForLossyJpegWithAReason() {
        CliRun run = CliRun.of("transcode", ct.toString(), "-t", "jpeg-extended", "-o", dir.resolve("x.dcm").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNSUPPORTED);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("at most 12-bit samples");
        assertThat(dir.resolve("x.dcm")).doesNotExist();
    }
}
