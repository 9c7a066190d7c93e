// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second, independent decoder for our encoder: OpenJPEG's {@code opj_decompress}, where installed (Debian's
 * libopenjp2-tools). Its raw little-endian output ({@code .rawl}) holds each component's plane after the other, one
 * byte per sample up to 8 bits and two above, every value masked to its precision.
 */
class J2kOpenJpegTest {
    @TempDir
    Path dir;

    private static String tool() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "opj_decompress"))) {
                return Path.of(d, "opj_decompress").toString();
            }
        }
        return null;
    }

    @Test
    void openJpegDecodesOurStreamsExactly() throws IOException, InterruptedException {
        String opj = tool();
        Assumptions.assumeTrue(opj != null, "opj_decompress is not installed");
        Random rnd = new Random(42);
        J2kLosslessEncoder encoder = new J2kLosslessEncoder();
        for (int t = 0; t < 40; t++) {
            int w = 1 + rnd.nextInt(t % 4 == 0 ? 300 : 70);
            int h = 1 + rnd.nextInt(t % 4 == 1 ? 300 : 70);
            int bits = 2 + rnd.nextInt(15);
            boolean signed = t % 2 == 1;
            int components = t % 3 == 2 ? 3 : 1;
            FrameFormat f = J2kTestImages.format(w, h, components, bits, signed);
            byte[] samples = J2kLosslessPropertyTest.frame(f, t % 4, t);
            Path in = dir.resolve(t + ".j2k");
            Path out = dir.resolve(t + ".rawl");
            Files.write(in, encoder.encode(samples, f, EncodeOptions.DEFAULT));
            Process p = new ProcessBuilder(opj, "-i", in.toString(), "-o", out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("opj_decompress on %s", f).isZero();
            assertThat(Files.readAllBytes(out)).as("%s", f).isEqualTo(planes(samples, f));
        }
    }

    /** What opj_decompress writes for the frame: planes, little-endian, values masked to bitsStored. */
    private static byte[] planes(byte[] samples, FrameFormat f) {
        int nc = f.samplesPerPixel();
        int ob = f.bitsStored() <= 8 ? 1 : 2;
        int pixels = f.pixels();
        int mask = (1 << f.bitsStored()) - 1;
        byte[] b = new byte[pixels * nc * ob];
        for (int c = 0; c < nc; c++) {
            for (int i = 0; i < pixels; i++) {
                int v = J2kTestImages.get(samples, i * nc + c, f) & mask;
                int o = (c * pixels + i) * ob;
                b[o] = (byte) v;
                if (ob == 2) {
                    b[o + 1] = (byte) (v >> 8);
                }
            }
        }
        return b;
    }
}
