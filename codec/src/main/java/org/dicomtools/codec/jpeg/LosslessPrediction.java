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
     * Reconstructs the samples {@code s[i]}, {@code s[i+step]}, ... below {@code end} of one component, none in the
     * first column, predicted with selection value {@code sv} from their neighbours Ra at {@code -step}, Rb at
     * {@code -up} and Rc at {@code -up-step}, each plus its difference {@code d[di]}, {@code d[di+dstep]}, ...,
     * modulo {@code mask + 1} (H.1.2.1: the sum is taken modulo 2^16 and kept to P-Pt bits).
     *
     * <p>One loop per predictor, with Ra and Rc carried over from the sample before rather than loaded again: these
     * loops are what a decoder spends most of its time in after entropy decoding.
     */
    static void reconstruct(int sv, int[] s, int i, int end, int step, int up, int[] d, int di, int dstep,
                            int mask) {
        int ra = s[i - step];
        switch (sv) {
            case 1 -> {
                for (; i < end; i += step, di += dstep) {
                    ra = (ra + d[di]) & mask;
                    s[i] = ra;
                }
            }
            case 2 -> {
                for (; i < end; i += step, di += dstep) {
                    s[i] = (s[i - up] + d[di]) & mask;
                }
            }
            case 3 -> {
                for (; i < end; i += step, di += dstep) {
                    s[i] = (s[i - up - step] + d[di]) & mask;
                }
            }
            case 4 -> {
                int rc = s[i - up - step];
                for (; i < end; i += step, di += dstep) {
                    int rb = s[i - up];
                    ra = (ra + rb - rc + d[di]) & mask;
                    s[i] = ra;
                    rc = rb;
                }
            }
            case 5 -> {
                int rc = s[i - up - step];
                for (; i < end; i += step, di += dstep) {
                    int rb = s[i - up];
                    ra = (ra + ((rb - rc) >> 1) + d[di]) & mask;
                    s[i] = ra;
                    rc = rb;
                }
            }
            case 6 -> {
                int rc = s[i - up - step];
                for (; i < end; i += step, di += dstep) {
                    int rb = s[i - up];
                    ra = (rb + ((ra - rc) >> 1) + d[di]) & mask;
                    s[i] = ra;
                    rc = rb;
                }
            }
            default -> {
                for (; i < end; i += step, di += dstep) {
                    ra = (((ra + s[i - up]) >> 1) + d[di]) & mask;
                    s[i] = ra;
                }
            }
        }
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
