// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

/**
 * The PNG row filters (PNG specification, section 9.2) on raw rows of bytes. Each method reads a row from {@code src}
 * at {@code so} and the unfiltered row above it from {@code up} at {@code uo} (all zeros for the first row), and
 * writes the filter type byte at {@code dst[d]} followed by {@code n} filtered bytes. {@code bpp} is the number of
 * bytes of one complete pixel, the distance to the byte "to the left" (a); bytes left of the row count as zero.
 */
final class PngRows {

    private PngRows() {
    }

    /** Filters one row with filter type {@code type} (0-4). */
    static void filter(int type, byte[] src, int so, byte[] up, int uo, byte[] dst, int d, int n, int bpp) {
        switch (type) {
            case 0 -> none(src, so, dst, d, n);
            case 1 -> sub(src, so, dst, d, n, bpp);
            case 2 -> up(src, so, up, uo, dst, d, n);
            case 3 -> average(src, so, up, uo, dst, d, n, bpp);
            case 4 -> paeth(src, so, up, uo, dst, d, n, bpp);
            default -> throw new IllegalArgumentException("PNG filter type " + type);
        }
    }

    static void none(byte[] src, int so, byte[] dst, int d, int n) {
        dst[d] = 0;
        System.arraycopy(src, so, dst, d + 1, n);
    }

    static void sub(byte[] src, int so, byte[] dst, int d, int n, int bpp) {
        dst[d++] = 1;
        int head = Math.min(bpp, n);
        System.arraycopy(src, so, dst, d, head);
        for (int i = head; i < n; i++) {
            dst[d + i] = (byte) (src[so + i] - src[so + i - bpp]);
        }
    }

    static void up(byte[] src, int so, byte[] up, int uo, byte[] dst, int d, int n) {
        dst[d++] = 2;
        for (int i = 0; i < n; i++) {
            dst[d + i] = (byte) (src[so + i] - up[uo + i]);
        }
    }

    static void average(byte[] src, int so, byte[] up, int uo, byte[] dst, int d, int n, int bpp) {
        dst[d++] = 3;
        int head = Math.min(bpp, n);
        for (int i = 0; i < head; i++) {
            dst[d + i] = (byte) (src[so + i] - ((up[uo + i] & 0xFF) >>> 1));
        }
        for (int i = head; i < n; i++) {
            int mean = ((src[so + i - bpp] & 0xFF) + (up[uo + i] & 0xFF)) >>> 1;
            dst[d + i] = (byte) (src[so + i] - mean);
        }
    }

    static void paeth(byte[] src, int so, byte[] up, int uo, byte[] dst, int d, int n, int bpp) {
        dst[d++] = 4;
        int head = Math.min(bpp, n);
        // With a = c = 0 the predictor is always b, the byte above.
        for (int i = 0; i < head; i++) {
            dst[d + i] = (byte) (src[so + i] - up[uo + i]);
        }
        for (int i = head; i < n; i++) {
            int a = src[so + i - bpp] & 0xFF;
            int b = up[uo + i] & 0xFF;
            int c = up[uo + i - bpp] & 0xFF;
            int pa = Math.abs(b - c); // |p - a| with p = a + b - c
            int pb = Math.abs(a - c); // |p - b|
            int pc = Math.abs(a + b - c - c); // |p - c|
            int pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c; // ties go to a, then b, then c
            dst[d + i] = (byte) (src[so + i] - pred);
        }
    }

    /** The adaptive heuristic: the sum of the filtered bytes as signed magnitudes, type byte excluded. */
    static long cost(byte[] row, int d, int n) {
        long sum = 0;
        for (int i = d + 1, end = d + 1 + n; i < end; i++) {
            sum += Math.abs(row[i]);
        }
        return sum;
    }

    /** Writes {@code count} unsigned 16-bit samples as big-endian byte pairs, the PNG sample order. */
    static void bigEndian(short[] src, int so, byte[] dst, int count) {
        for (int i = 0, j = 0; i < count; i++, j += 2) {
            short v = src[so + i];
            dst[j] = (byte) (v >>> 8);
            dst[j + 1] = (byte) v;
        }
    }
}
