// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import java.util.Arrays;

/**
 * The adaptive state of one scan (T.87 A.2.1): for the 365 regular contexts the accumulated error magnitude A, the
 * bias B, the correction C and the count N; for the two run-interruption contexts 365 and 366 A, N and the count of
 * negative errors Nn; and the run index RUNindex, one per component in line-interleaved scans (one in the others).
 * Encoder and decoder drive the same state, so both code the same way; the update rules live here.
 *
 * <p>A, B, C and N of context Q sit together in {@link #state} at {@code at(Q) + A .. at(Q) + N}: one context is one
 * 32-byte piece of one array, which keeps the line loops to one array reference and one cache line per sample. Beside
 * them, at {@code at(Q) + K}, the lossless line loops keep the Golomb parameter k that A and N give (T.87 A.5.1),
 * computed when the context is updated, which takes it off the decoder's chain of dependent operations from one
 * sample to the next. Only those loops keep K up to date; the other coding paths compute k afresh and never read it,
 * and no scan mixes the two.
 */
final class ContextModel {
    /** Number of regular contexts. */
    static final int REGULAR = 365;
    /** Offsets of A, B, C and N within a context's four ints. */
    static final int A = 0;
    static final int B = 1;
    static final int C = 2;
    static final int N = 3;
    static final int K = 4;
    /** Ints per context in {@link #state}. */
    private static final int STRIDE = 8;
    /** Smallest and largest correction value C[Q] (T.87 A.6.2). */
    static final int MIN_C = -128;
    static final int MAX_C = 127;

    /** A, B, C, N, K of contexts 0..366 (B, C and K unused for 365 and 366). */
    final int[] state = new int[STRIDE * (REGULAR + 2)];
    /** Nn, at indices 365 and 366 only. */
    private final int[] nn = new int[REGULAR + 2];
    final int[] runIndex;
    private final int initialA;
    private final int reset;

    ContextModel(ScanParameters p, int runIndexes) {
        this.initialA = p.initialA;
        this.reset = p.reset;
        this.runIndex = new int[runIndexes];
        reset();
    }

    /** Back to the initial state, as at the start of a scan and after each restart marker. */
    void reset() {
        int k = golombK(1, initialA);
        for (int i = 0; i < state.length; i += STRIDE) {
            state[i + A] = initialA;
            state[i + B] = 0;
            state[i + C] = 0;
            state[i + N] = 1;
            state[i + K] = k;
        }
        Arrays.fill(nn, 0);
        Arrays.fill(runIndex, 0);
    }

    /** Index of context {@code q}'s values in {@link #state}. */
    static int at(int q) {
        return q * STRIDE;
    }

    /**
     * Golomb parameter k of a regular context (T.87 A.5.1): the least k with N[Q] * 2^k >= A[Q]. Instead of T.87's
     * loop: shifting N to A's bit length makes it at most one doubling short. A and N are positive.
     */
    static int golombK(int nq, int aq) {
        int k = Math.max(0, Integer.numberOfLeadingZeros(nq) - Integer.numberOfLeadingZeros(aq));
        return k + (((nq << k) - aq) >>> 31); // one more when N[Q] * 2^k < A[Q]
    }

    /**
     * Updates the regular context at {@code i = at(Q)} of {@code st} with the (reduced) error {@code err} (T.87 A.6.1)
     * and then its bias and correction (A.6.2).
     */
    static void updateRegular(int[] st, int i, int err, int step, int reset) {
        int aq = st[i + A] + (err < 0 ? -err : err);
        int bq = st[i + B] + err * step;
        int nq = st[i + N];
        if (nq == reset) {
            aq >>= 1;
            bq >>= 1;
            nq >>= 1;
        }
        nq++;
        st[i + A] = aq;
        st[i + N] = nq;
        int cq = st[i + C];
        if (bq <= -nq) {
            bq += nq;
            if (bq <= -nq) {
                bq = -nq + 1;
            }
            if (cq > MIN_C) {
                cq--;
            }
        } else if (bq > 0) {
            bq -= nq;
            if (bq > 0) {
                bq = 0;
            }
            if (cq < MAX_C) {
                cq++;
            }
        }
        st[i + B] = bq;
        st[i + C] = cq;
    }

    /**
     * {@link #updateRegular} for NEAR = 0 without data-dependent branches (the bias update of A.6.2 by sign masks and
     * min/max, which the JIT turns into conditional moves), which also keeps K: the k of the updated A and N.
     */
    static void updateLossless(int[] st, int i, int err, int reset) {
        int aq = st[i + A] + ((err ^ (err >> 31)) - (err >> 31));
        int bq = st[i + B] + err;
        int nq = st[i + N];
        if (nq == reset) {
            aq >>= 1;
            bq >>= 1;
            nq >>= 1;
        }
        nq++;
        int down = (bq + nq - 1) >> 31; // -1 when B[Q] <= -N[Q]: B += N, C--
        int up = -bq >> 31; // -1 when B[Q] > 0: B -= N, C++
        // Either way, and when neither applies, B ends in -N < B <= 0. The limits of B and C are rarely reached, so
        // they are branches (predicted, off the chain of dependent operations from one update of Q to the next)
        // rather than min/max.
        bq += (nq & down) - (nq & up);
        if (bq <= -nq) {
            bq = 1 - nq;
        } else if (bq > 0) {
            bq = 0;
        }
        int cq = st[i + C] + down - up;
        if (cq < MIN_C) {
            cq = MIN_C;
        } else if (cq > MAX_C) {
            cq = MAX_C;
        }
        st[i + A] = aq;
        st[i + B] = bq;
        st[i + C] = cq;
        st[i + N] = nq;
        st[i + K] = golombK(nq, aq);
    }

    /**
     * The error mapping of T.87 A.5.2 for NEAR = 0: 0, -1, 1, -2, ... to 0, 1, 2, 3, ..., or, when k is 0 and
     * 2 B[Q] <= -N[Q], -1, 0, -2, 1, ... to 0, 1, 2, 3, ... (the map of the error's complement).
     */
    static int mapLossless(int err, int k, int bq, int nq) {
        int e = err ^ (((k - 1) & (2 * bq + nq - 1)) >> 31);
        return (e << 1) ^ (e >> 31);
    }

    /** The inverse of {@link #mapLossless}. */
    static int unmapLossless(int merr, int k, int bq, int nq) {
        return ((merr >>> 1) ^ -(merr & 1)) ^ (((k - 1) & (2 * bq + nq - 1)) >> 31);
    }

    /** Golomb parameter k of run-interruption context {@code q} = 365 + RItype (T.87 A.7.2.1). */
    int interruptionK(int q, int riType) {
        int aq = state[at(q) + A];
        int nq = state[at(q) + N];
        return golombK(nq, riType == 0 ? aq : aq + (nq >> 1));
    }

    /**
     * Whether the error of a run-interruption sample maps with its sign flipped (T.87 A.7.2.2, the map bit) is
     * decided by this condition: true when k is 0 and fewer than half the context's errors were negative.
     */
    boolean interruptionPositiveFirst(int q, int k) {
        return k == 0 && 2 * nn[q] < state[at(q) + N];
    }

    /** Updates run-interruption context {@code q} after coding {@code err} as {@code em} (T.87 A.7.2.3). */
    void updateInterruption(int q, int riType, int err, int em) {
        int i = at(q);
        if (err < 0) {
            nn[q]++;
        }
        state[i + A] += (em + 1 - riType) >> 1;
        if (state[i + N] == reset) {
            state[i + A] >>= 1;
            state[i + N] >>= 1;
            nn[q] >>= 1;
        }
        state[i + N]++;
    }
}
