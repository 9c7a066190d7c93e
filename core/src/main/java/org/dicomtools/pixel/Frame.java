// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

/**
 * The decoded samples of one frame, pixel-interleaved, as numbers: stored values masked to Bits Stored and
 * sign-extended when Pixel Representation is 1 (PS3.5 8.1.1, PS3.3 C.7.6.3.1). Integer data of up to 16 bits
 * allocated is held in {@link #ints()}; 32-bit integer data and Float / Double Float Pixel Data in {@link #doubles()}.
 *
 * @param columns       width
 * @param rows          height
 * @param samples       samples per pixel after decoding: 1, or 3 for colour (YBR_FULL_422 native is expanded to 3)
 * @param bitsStored    meaningful bits of integer samples (32 or 64 for float data)
 * @param signed        whether integer samples are two's complement
 * @param photometric   Photometric Interpretation of the samples as held here (e.g. RGB after a YBR JPEG decode)
 * @param ints          samples of integer data up to 16 bits, else {@code null}
 * @param doubles       samples of 32-bit integer and float data, else {@code null}
 */
public record Frame(int columns, int rows, int samples, int bitsStored, boolean signed, String photometric,
                    int[] ints, double[] doubles) {

    public Frame {
        if ((ints == null) == (doubles == null)) {
            throw new IllegalArgumentException("exactly one of ints and doubles holds the samples");
        }
        long n = (long) columns * rows * samples;
        if ((ints != null ? ints.length : doubles.length) != n) {
            throw new IllegalArgumentException("expected " + n + " samples");
        }
    }

    /** Whether the samples are in {@link #ints()} (integer data of up to 16 bits). */
    public boolean isInteger() {
        return ints != null;
    }

    /** Sample {@code c} of the pixel at column {@code x}, row {@code y}. */
    public double sample(int x, int y, int c) {
        int i = (y * columns + x) * samples + c;
        return ints != null ? ints[i] : doubles[i];
    }

    /** Number of pixels. */
    public int pixels() {
        return columns * rows;
    }

    /** Smallest value integer samples can hold given Bits Stored and sign. */
    public long minStorable() {
        return signed ? -(1L << (bitsStored - 1)) : 0;
    }

    /** Largest value integer samples can hold given Bits Stored and sign. */
    public long maxStorable() {
        return signed ? (1L << (bitsStored - 1)) - 1 : (1L << bitsStored) - 1;
    }
}
