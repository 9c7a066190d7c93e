// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.Arrays;

/**
 * The MQ arithmetic coder of ISO 15444-1 Annex C (C.2), encoder side, over the 47-state probability table of
 * Table C.2 ({@link MqStates}) and the contexts of the block coder ({@link Tier1Contexts}).
 *
 * <p>A context's state is kept as one int holding Qe, the table index and the MPS, and the table is unrolled over
 * both MPS values, so coding a decision reads one int and does not branch on the MPS; the SWITCH column is folded
 * into the LPS transition.
 * Renormalisation shifts by the leading zeros of A at once instead of bit by bit. Bytes go to a growing array whose
 * element 0 stands for the byte before the stream (the standard's BPST - 1): C.2.8 starts with the output pointer
 * there, and no carry can reach it (C and A start within 2^27), so the stream is {@code [1, length]}.
 *
 * <p>One instance codes one code-block after another ({@link #reset()}); nothing is allocated per block once the
 * buffer has grown to the largest block.
 */
final class MqEncoder {
    /*
     * The block coder's contexts (Tier1Contexts), named here too because the test-only references code with them.
     */
    static final int CONTEXTS = Tier1Contexts.COUNT;
    static final int RUN_LENGTH = Tier1Contexts.RUN_LENGTH;
    static final int UNIFORM = Tier1Contexts.UNIFORM;

    /*
     * A context's state is one int: Qe << 8 | 2 * index + mps, so Qe and the MPS come with the one load. Per unrolled
     * state 2 * index + mps, the state word after an MPS and after an LPS, from Table C.2 (MqStates).
     */
    private static final int[] AFTER_MPS = new int[2 * MqStates.COUNT];
    private static final int[] AFTER_LPS = new int[2 * MqStates.COUNT];
    /** The state words of a new code-block (Table D.7). */
    private static final int[] INITIAL = new int[CONTEXTS];

    static {
        for (int i = 0; i < MqStates.COUNT; i++) {
            for (int mps = 0; mps < 2; mps++) {
                int s = 2 * i + mps;
                AFTER_MPS[s] = word(MqStates.nextMps(i), mps);
                AFTER_LPS[s] = word(MqStates.nextLps(i), MqStates.mpsAfterLps(i, mps));
            }
        }
        for (int cx = 0; cx < CONTEXTS; cx++) {
            INITIAL[cx] = word(Tier1Contexts.initialState(cx), 0);
        }
    }

    private static int word(int index, int mps) {
        return MqStates.qe(index) << 8 | 2 * index + mps;
    }

    private final int[] states = new int[CONTEXTS];
    private byte[] out = new byte[4096];
    private int bp;
    private int a;
    private int c;
    private int ct;

    MqEncoder() {
        reset();
    }

    /**
     * Starts a new code-block (INITENC, C.2.8): empty output and the initial context states of Table D.7
     * ({@link Tier1Contexts#initialState}).
     */
    void reset() {
        System.arraycopy(INITIAL, 0, states, 0, CONTEXTS);
        a = 0x8000;
        c = 0;
        ct = 12;
        bp = 0;
        out[0] = 0;
    }

    /** Codes the binary decision {@code bit} (0 or 1) in context {@code cx}; the block coder uses the array form. */
    void encode(int cx, int bit) {
        encode(new int[] {cx << 1 | bit}, 1);
    }

    /**
     * Codes {@code count} decisions of {@code symbols}, each {@code context << 1 | bit} (ENCODE, CODEMPS, CODELPS,
     * RENORME, BYTEOUT of C.2), with the registers in locals for the whole run.
     */
    void encode(int[] symbols, int count) {
        int[] st = states;
        int a = this.a;
        int c = this.c;
        int ct = this.ct;
        for (int k = 0; k < count; k++) {
            int sym = symbols[k];
            int cx = sym >>> 1;
            int s = st[cx];
            int qe = s >>> 8;
            a -= qe;
            if (((s ^ sym) & 1) == 0) {
                if ((a & 0x8000) != 0) {
                    c += qe;
                    continue;
                }
                if (a < qe) {
                    a = qe;
                } else {
                    c += qe;
                }
                st[cx] = AFTER_MPS[s & 0xFF];
            } else {
                if (a < qe) {
                    c += qe;
                } else {
                    a = qe;
                }
                st[cx] = AFTER_LPS[s & 0xFF];
            }
            // RENORME: shift by A's leading zeros at once, moving a byte out each time CT runs out.
            int n = Integer.numberOfLeadingZeros(a) - 16;
            while (n >= ct) {
                a <<= ct;
                c <<= ct;
                n -= ct;
                this.c = c;
                ct = byteOut();
                c = this.c;
            }
            a <<= n;
            c <<= n;
            ct -= n;
        }
        this.a = a;
        this.c = c;
        this.ct = ct;
    }

    /**
     * BYTEOUT (C.2.8, Figure C.9) on {@link #c}: emits B with bit stuffing after 0xFF and carry propagation into B;
     * returns the new CT.
     */
    private int byteOut() {
        if (bp + 2 >= out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        if ((out[bp] & 0xFF) == 0xFF) {
            out[++bp] = (byte) (c >>> 20);
            c &= 0xFFFFF;
            return 7;
        }
        if ((c & 0x8000000) == 0) {
            out[++bp] = (byte) (c >>> 19);
            c &= 0x7FFFF;
            return 8;
        }
        out[bp]++;
        if ((out[bp] & 0xFF) == 0xFF) {
            c &= 0x7FFFFFF;
            out[++bp] = (byte) (c >>> 20);
            c &= 0xFFFFF;
            return 7;
        }
        out[++bp] = (byte) (c >>> 19);
        c &= 0x7FFFF;
        return 8;
    }

    /**
     * Terminates the codeword (FLUSH, C.2.9: SETBITS, then two byte-outs) and returns its length; a final 0xFF is
     * left out, as a terminated segment must not end with one and decoders supply 0xFF past the end.
     */
    int flush() {
        int top = c + a;
        c |= 0xFFFF;
        if (c >= top) {
            c -= 0x8000;
        }
        c <<= ct;
        ct = byteOut();
        c <<= ct;
        ct = byteOut();
        return (out[bp] & 0xFF) == 0xFF ? bp - 1 : bp;
    }

    /** The coded bytes, from index 1 for {@link #flush()}'s length. */
    byte[] buffer() {
        return out;
    }
}
