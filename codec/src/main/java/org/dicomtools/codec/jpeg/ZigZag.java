// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * The zig-zag sequence of T.81 Figure A.6 that orders DCT coefficients in the entropy-coded data and in DQT segments.
 * Built by walking the anti-diagonals {@code u + v = s}: upwards (v falling) when s is even, downwards when odd.
 */
final class ZigZag {

    /**
     * Natural (row-major {@code v*8+u}) index of the k-th coefficient in zig-zag order; 16 extra entries of 63 let a
     * decoder overrun by a run length up to 15 without an array check (the coefficient written there is rejected
     * afterwards).
     */
    static final int[] NATURAL = new int[64 + 16];

    /** Zig-zag position of each natural index: the inverse of {@link #NATURAL} on 0..63. */
    static final int[] ZIGZAG = new int[64];

    static {
        int k = 0;
        for (int s = 0; s <= 14; s++) {
            int vLow = Math.max(0, s - 7);
            int vHigh = Math.min(s, 7);
            if ((s & 1) == 0) {
                for (int v = vHigh; v >= vLow; v--) {
                    NATURAL[k++] = v * 8 + (s - v);
                }
            } else {
                for (int v = vLow; v <= vHigh; v++) {
                    NATURAL[k++] = v * 8 + (s - v);
                }
            }
        }
        for (int i = 64; i < NATURAL.length; i++) {
            NATURAL[i] = 63;
        }
        for (int i = 0; i < 64; i++) {
            ZIGZAG[NATURAL[i]] = i;
        }
    }

    private ZigZag() {
    }
}
