// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

/**
 * The adaptive state of one scan (T.87 A.2.1): for the 365 regular contexts the accumulated error magnitude A, the
 * bias B, the correction C and the count N; for the two run-interruption contexts 365 and 366 A, N and the count of
 * negative errors Nn; and the run index RUNindex, one per component in line-interleaved scans (one in the others).
 * Encoder and decoder drive the same state, so both code the same way; the update rules live here.
 */
final class ContextModel {
    /** Number of regular contexts. */
    static final int REGULAR = 365;
    /** Smallest and largest correction value C[Q] (T.87 A.6.2). */
    static final int MIN_C = -128;
    static final int MAX_C = 127;

    final int[] a = new int[REGULAR + 2];
    final int[] b = new int[REGULAR];
    final int[] c = new int[REGULAR];
    final int[] n = new int[REGULAR + 2];
    /** Nn, at indices 365 and 366 only. */
    final int[] nn = new int[REGULAR + 2];
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
        java.util.Arrays.fill(a, initialA);
        java.util.Arrays.fill(b, 0);
        java.util.Arrays.fill(c, 0);
        java.util.Arrays.fill(n, 1);
        java.util.Arrays.fill(nn, 0);
        java.util.Arrays.fill(runIndex, 0);
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
     * Updates regular context {@code q} with the (reduced) error {@code err} (T.87 A.6.1) and then its bias and
     * correction (A.6.2).
     */
    static void updateRegular(int[] a, int[] b, int[] c, int[] n, int q, int err, int step, int reset) {
        int aq = a[q] + (err < 0 ? -err : err);
        int bq = b[q] + err * step;
        int nq = n[q];
        if (nq == reset) {
            aq >>= 1;
            bq >>= 1;
            nq >>= 1;
        }
        nq++;
        a[q] = aq;
        n[q] = nq;
        if (bq <= -nq) {
            bq += nq;
            if (bq <= -nq) {
                bq = -nq + 1;
            }
            if (c[q] > MIN_C) {
                c[q]--;
            }
        } else if (bq > 0) {
            bq -= nq;
            if (bq > 0) {
                bq = 0;
            }
            if (c[q] < MAX_C) {
                c[q]++;
            }
        }
        b[q] = bq;
    }

    /** Golomb parameter k of run-interruption context {@code q} = 365 + RItype (T.87 A.7.2.1). */
    int interruptionK(int q, int riType) {
        int temp = riType == 0 ? a[q] : a[q] + (n[q] >> 1);
        return golombK(n[q], temp);
    }

    /**
     * Whether the error of a run-interruption sample maps with its sign flipped (T.87 A.7.2.2, the map bit) is
     * decided by this condition: true when k is 0 and fewer than half the context's errors were negative.
     */
    boolean interruptionPositiveFirst(int q, int k) {
        return k == 0 && 2 * nn[q] < n[q];
    }

    /** Updates run-interruption context {@code q} after coding {@code err} as {@code em} (T.87 A.7.2.3). */
    void updateInterruption(int q, int riType, int err, int em) {
        if (err < 0) {
            nn[q]++;
        }
        a[q] += (em + 1 - riType) >> 1;
        if (n[q] == reset) {
            a[q] >>= 1;
            n[q] >>= 1;
            nn[q] >>= 1;
        }
        n[q]++;
    }
}
