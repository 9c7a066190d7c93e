// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import org.dicomtools.codec.FrameFormat;

/**
 * Moves one line of one component between a DICOM sample buffer ({@link FrameFormat}: little-endian, 1, 2 or 4
 * bytes per sample, interleaved or planar) and the coders' line arrays, whose samples sit at 1..width.
 */
final class LsSamples {
    private LsSamples() {
    }

    /**
     * Loads line {@code y} of component {@code c} from {@code buf} into {@code dst[1..columns]}, each sample as the
     * unsigned pattern of its low {@code bitsStored} bits.
     */
    static void load(byte[] buf, FrameFormat f, int c, int y, int[] dst) {
        int w = f.columns();
        int nc = f.samplesPerPixel();
        int bps = f.bytesPerSample();
        int mask = (int) ((1L << f.bitsStored()) - 1);
        int first;
        int stride;
        if (f.planar()) {
            first = (c * f.rows() + y) * w;
            stride = 1;
        } else {
            first = y * w * nc + c;
            stride = nc;
        }
        int o = first * bps;
        int step = stride * bps;
        switch (bps) {
            case 1 -> {
                for (int x = 1; x <= w; x++, o += step) {
                    dst[x] = buf[o] & mask;
                }
            }
            case 2 -> {
                for (int x = 1; x <= w; x++, o += step) {
                    dst[x] = ((buf[o] & 0xFF) | (buf[o + 1] & 0xFF) << 8) & mask;
                }
            }
            default -> {
                for (int x = 1; x <= w; x++, o += step) {
                    dst[x] = ((buf[o] & 0xFF) | (buf[o + 1] & 0xFF) << 8 | (buf[o + 2] & 0xFF) << 16
                            | (buf[o + 3] & 0xFF) << 24) & mask;
                }
            }
        }
    }

    /**
     * Stores {@code src[1..columns]} as line {@code y} of component {@code c} of the pixel-interleaved buffer
     * {@code out} of format {@code f}: the low {@code bitsStored} bits of each value, sign-extended from there when
     * {@code f} is signed.
     */
    static void store(int[] src, byte[] out, FrameFormat f, int c, int y) {
        int w = f.columns();
        int nc = f.samplesPerPixel();
        int bps = f.bytesPerSample();
        int bits = f.bitsStored();
        int unused = 32 - bits;
        boolean signed = f.signed();
        int mask = (int) ((1L << bits) - 1);
        int o = (y * w * nc + c) * bps;
        int step = nc * bps;
        if (bps == 2 && !signed) {
            // The common case (16-bit unsigned) without the general loop's tests per sample.
            for (int x = 1, end = w + 1; x < end; x++, o += step) {
                int v = src[x] & mask;
                out[o] = (byte) v;
                out[o + 1] = (byte) (v >> 8);
            }
            return;
        }
        for (int x = 1; x <= w; x++, o += step) {
            int v = signed ? src[x] << unused >> unused : src[x] & mask;
            out[o] = (byte) v;
            if (bps > 1) {
                out[o + 1] = (byte) (v >> 8);
                if (bps > 2) {
                    out[o + 2] = (byte) (v >> 16);
                    out[o + 3] = (byte) (v >> 24);
                }
            }
        }
    }
}
