// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.Random;
import org.dicomtools.codec.FrameFormat;

/** Sample buffers for the lossless tests: smooth gradients with noise, so every predictor has work to do. */
final class LosslessTestImages {
    private LosslessTestImages() {
    }

    static FrameFormat format(int width, int height, int components, int bitsStored) {
        int allocated = bitsStored <= 8 ? 8 : 16;
        return new FrameFormat(width, height, components, allocated, bitsStored, false, false);
    }

    /** A random-ish image of {@code format}: gradient plus noise, with some extreme values thrown in. */
    static byte[] image(FrameFormat format, long seed) {
        Random rnd = new Random(seed);
        int max = (1 << format.bitsStored()) - 1;
        int n = format.pixels() * format.samplesPerPixel();
        int bps = format.bytesPerSample();
        byte[] b = new byte[n * bps];
        for (int i = 0; i < n; i++) {
            int pixel = i / format.samplesPerPixel();
            int x = pixel % format.columns();
            int y = pixel / format.columns();
            int v = (int) ((long) max * (x + 2 * y) / (format.columns() + 2 * format.rows()));
            v += rnd.nextInt(9) - 4;
            if (rnd.nextInt(50) == 0) {
                v = rnd.nextBoolean() ? 0 : max;
            }
            v = Math.max(0, Math.min(max, v));
            put(b, i, bps, v);
        }
        return b;
    }

    static void put(byte[] b, int i, int bps, int v) {
        for (int k = 0; k < bps; k++) {
            b[i * bps + k] = (byte) (v >> (8 * k));
        }
    }

    static int get(byte[] b, int i, int bps) {
        int v = 0;
        for (int k = 0; k < bps; k++) {
            v |= (b[i * bps + k] & 0xFF) << (8 * k);
        }
        return v;
    }
}
