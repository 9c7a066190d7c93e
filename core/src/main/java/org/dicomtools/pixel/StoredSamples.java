// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

import org.dicomtools.data.Values;

/**
 * Turns the little-endian bytes of one frame into sample values (PS3.5 8.1.1, PS3.3 C.7.6.3.1): each Pixel Cell is
 * masked to Bits Stored and, for two's complement data, sign-extended from bit Bits Stored - 1. Bits above are
 * ignored, whatever they hold (overlays of old files, or garbage). High Bit is taken as Bits Stored - 1, the only
 * value PS3.5 8.1.1 allows since 2011.
 */
final class StoredSamples {
    private StoredSamples() {
    }

    /** {@code count} samples of one or two bytes each. */
    static int[] ints(byte[] b, int count, int bytesPerSample, int bitsStored, boolean signed) {
        int[] out = new int[count];
        int mask = (1 << bitsStored) - 1;
        int sign = 1 << (bitsStored - 1);
        for (int i = 0; i < count; i++) {
            int raw = bytesPerSample == 1 ? b[i] & 0xFF : (b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8;
            int v = raw & mask;
            out[i] = signed && (v & sign) != 0 ? v | ~mask : v;
        }
        return out;
    }

    /** {@code count} samples of four bytes each, as exact doubles. */
    static double[] ints32(byte[] b, int count, int bitsStored, boolean signed) {
        double[] out = new double[count];
        long mask = (1L << bitsStored) - 1;
        long sign = 1L << (bitsStored - 1);
        for (int i = 0; i < count; i++) {
            long v = Values.u32(b, 4 * i) & mask;
            out[i] = signed && (v & sign) != 0 ? v | ~mask : v;
        }
        return out;
    }

    /**
     * {@code count} single-bit samples starting {@code bitOffset} bits into {@code b}; the first pixel is in the
     * least significant bit of a byte (PS3.5 8.1.1, the order of Overlay Data in 8.1.2 too).
     */
    static int[] bits(byte[] b, int bitOffset, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            long bit = (long) bitOffset + i;
            out[i] = b[(int) (bit >>> 3)] >> (int) (bit & 7) & 1;
        }
        return out;
    }

    /** IEEE 754 binary32 samples (OF). */
    static double[] floats(byte[] b, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = Float.intBitsToFloat(Values.i32(b, 4 * i));
        }
        return out;
    }

    /** IEEE 754 binary64 samples (OD). */
    static double[] doubles(byte[] b, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = Double.longBitsToDouble(Values.i64(b, 8 * i));
        }
        return out;
    }

    /** Planar Configuration 1 (each sample's plane after the other) to pixel-interleaved order. */
    static int[] interleave(int[] planes, int pixels, int samples) {
        int[] out = new int[planes.length];
        for (int c = 0; c < samples; c++) {
            for (int p = 0; p < pixels; p++) {
                out[p * samples + c] = planes[c * pixels + p];
            }
        }
        return out;
    }

    /** {@link #interleave(int[], int, int)} for doubles. */
    static double[] interleave(double[] planes, int pixels, int samples) {
        double[] out = new double[planes.length];
        for (int c = 0; c < samples; c++) {
            for (int p = 0; p < pixels; p++) {
                out[p * samples + c] = planes[c * pixels + p];
            }
        }
        return out;
    }

    /**
     * YBR_FULL_422 as stored (PS3.3 C.7.6.3.1.2: Y1 Y2 CB CR for each pair of pixels in raster order) to three
     * samples per pixel, both pixels of a pair taking the pair's CB and CR.
     */
    static int[] expand422(int[] stored, int pixels) {
        int[] out = new int[pixels * 3];
        for (int p = 0; p < pixels; p++) {
            int pair = 4 * (p / 2);
            out[3 * p] = at(stored, pair + (p & 1));
            out[3 * p + 1] = at(stored, pair + 2);
            out[3 * p + 2] = at(stored, pair + 3);
        }
        return out;
    }

    private static int at(int[] a, int i) {
        return i < a.length ? a[i] : 0;
    }
}
