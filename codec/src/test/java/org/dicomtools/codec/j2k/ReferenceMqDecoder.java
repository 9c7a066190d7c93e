// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * A plain MQ decoder of ISO 15444-1 C.3, for tests only, written apart from the production {@link MqDecoder}: it checks that what {@link MqEncoder} writes decodes to the
 * decisions it was given. Bytes past the end read as 0xFF, as C.3.4 lets decoders assume.
 */
final class ReferenceMqDecoder {
    private static final int[] QE = {
        0x5601, 0x3401, 0x1801, 0x0AC1, 0x0521, 0x0221, 0x5601, 0x5401, 0x4801, 0x3801, 0x3001, 0x2401,
        0x1C01, 0x1601, 0x5601, 0x5401, 0x5101, 0x4801, 0x3801, 0x3401, 0x3001, 0x2801, 0x2401, 0x2201,
        0x1C01, 0x1801, 0x1601, 0x1401, 0x1201, 0x1101, 0x0AC1, 0x09C1, 0x08A1, 0x0521, 0x0441, 0x02A1,
        0x0221, 0x0141, 0x0111, 0x0085, 0x0049, 0x0025, 0x0015, 0x0009, 0x0005, 0x0001, 0x5601};
    private static final int[] NMPS = {
        1, 2, 3, 4, 5, 38, 7, 8, 9, 10, 11, 12, 13, 29, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
        29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 45, 46};
    private static final int[] NLPS = {
        1, 6, 9, 12, 29, 33, 6, 14, 14, 14, 17, 18, 20, 21, 14, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 46};
    private static final int[] SWITCH = {
        1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private final byte[] data;
    private final int end;
    private final int[] index;
    private final int[] mps;
    private int bp;
    private long c;
    private int a;
    private int ct;

    /** Decodes {@code data[from, to)} with {@code contexts} contexts whose initial states are {@code initial}. */
    ReferenceMqDecoder(byte[] data, int from, int to, int[] initial) {
        this.data = data;
        this.end = to;
        this.index = initial.clone();
        this.mps = new int[initial.length];
        bp = from;
        c = (long) b(bp) << 16;
        byteIn();
        c <<= 7;
        ct -= 7;
        a = 0x8000;
    }

    /** Initial states as the block coder sets them (Table D.7). */
    static int[] blockCoderStates() {
        int[] s = new int[MqEncoder.CONTEXTS];
        s[0] = 4;
        s[MqEncoder.RUN_LENGTH] = 3;
        s[MqEncoder.UNIFORM] = 46;
        return s;
    }

    private int b(int p) {
        return p < end ? data[p] & 0xFF : 0xFF;
    }

    private void byteIn() {
        if (b(bp) == 0xFF) {
            if (b(bp + 1) > 0x8F) {
                c += 0xFF00;
                ct = 8;
            } else {
                bp++;
                c += (long) b(bp) << 9;
                ct = 7;
            }
        } else {
            bp++;
            c += (long) b(bp) << 8;
            ct = 8;
        }
    }

    int decode(int cx) {
        int i = index[cx];
        int qe = QE[i];
        int d;
        a -= qe;
        if ((c >>> 16) < qe) {
            if (a < qe) {
                d = mps[cx];
                index[cx] = NMPS[i];
            } else {
                d = 1 - mps[cx];
                if (SWITCH[i] == 1) {
                    mps[cx] = 1 - mps[cx];
                }
                index[cx] = NLPS[i];
            }
            a = qe;
            renormalise();
        } else {
            c -= (long) qe << 16;
            if ((a & 0x8000) == 0) {
                if (a < qe) {
                    d = 1 - mps[cx];
                    if (SWITCH[i] == 1) {
                        mps[cx] = 1 - mps[cx];
                    }
                    index[cx] = NLPS[i];
                } else {
                    d = mps[cx];
                    index[cx] = NMPS[i];
                }
                renormalise();
            } else {
                d = mps[cx];
            }
        }
        return d;
    }

    private void renormalise() {
        do {
            if (ct == 0) {
                byteIn();
            }
            a <<= 1;
            c = (c << 1) & 0xFFFFFFFFL;
            ct--;
        } while ((a & 0x8000) == 0);
    }
}
