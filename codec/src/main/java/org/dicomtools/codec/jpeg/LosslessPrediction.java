// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * The predictors of lossless JPEG (T.81 H.1.2.1, Table H.1) and the difference categories of Table H.2, shared by
 * the encoder and the decoder so that both predict alike.
 *
 * <p>Predictions use full integer precision without clamping, halving by arithmetic shift (T.81 A.5); the
 * difference between a sample and its prediction is taken modulo 2^16 (A.5, H.1.2.1).
 */
final class LosslessPrediction {
    private LosslessPrediction() {
    }

    /**
     * The prediction Px for selection value {@code sv} 1-7 from the reconstructed neighbours: {@code ra} to the
     * left, {@code rb} above, {@code rc} above-left.
     */
    static int predict(int sv, int ra, int rb, int rc) {
        return switch (sv) {
            case 1 -> ra;
            case 2 -> rb;
            case 3 -> rc;
            case 4 -> ra + rb - rc;
            case 5 -> ra + ((rb - rc) >> 1);
            case 6 -> rb + ((ra - rc) >> 1);
            default -> (ra + rb) >> 1;
        };
    }

    /**
     * The difference {@code x - px} modulo 2^16 read as a 16-bit two's complement number, with -32768 given as
     * +32768, the one value of category 16 (Table H.2).
     */
    static int difference(int x, int px) {
        int d = (short) (x - px);
        return d == -32768 ? 32768 : d;
    }

    /** The category SSSS of a difference from {@link #difference}: the number of bits of its magnitude. */
    static int category(int diff) {
        return 32 - Integer.numberOfLeadingZeros(Math.abs(diff));
    }

    /**
     * The additional bits that follow category {@code ssss} (F.1.2.1: the low bits of the difference, minus one
     * when it is negative); none for categories 0 and 16.
     */
    static int additionalBits(int diff, int ssss) {
        return ssss == 16 ? 0 : (diff < 0 ? diff - 1 : diff) & ((1 << ssss) - 1);
    }
}
