// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs OpenJPEG's command-line tools when they are installed, to make and check streams in tests. */
final class OpenJpegTool {
    private OpenJpegTool() {
    }

    static boolean available() {
        return new File("/usr/bin/opj_decompress").canExecute() && new File("/usr/bin/opj_compress").canExecute();
    }

    /** OpenJPEG's decode of {@code stream}: per component, its samples (raw little-endian output, RAWL). */
    static int[][] decode(byte[] stream, int components, int pixels, int precision, boolean signed) {
        try {
            Path dir = Files.createTempDirectory("opj");
            Path in = dir.resolve("in.j2k");
            Path out = dir.resolve("out.rawl");
            Files.write(in, stream);
            run("opj_decompress", "-quiet", "-i", in.toString(), "-o", out.toString());
            byte[] b = Files.readAllBytes(out);
            int bps = precision <= 8 ? 1 : 2;
            int[][] planes = new int[components][pixels];
            for (int c = 0; c < components; c++) {
                for (int i = 0; i < pixels; i++) {
                    int o = (c * pixels + i) * bps;
                    int v = bps == 1 ? b[o] & 0xFF : (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8;
                    // OpenJPEG writes signed samples as their precision's two's complement.
                    int unused = 32 - precision;
                    planes[c][i] = signed ? v << unused >> unused : v;
                }
            }
            return planes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
