// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.dicomtools.codec.j2k.T1Tables.PACKED_LPS;
import static org.dicomtools.codec.j2k.T1Tables.PACKED_MPS;

/**
 * The MQ arithmetic decoder of ISO 15444-1 Annex C (software conventions, C.3), and the raw bit reader the
 * selective arithmetic coding bypass uses instead of it (D.6). One per thread, reused for every code-block segment:
 * it holds only its registers and the context states, and allocates nothing.
 *
 * <p>Reading past the end of the segment yields 0xFF bytes, as if a marker followed, which is how the coder's
 * termination leaves the last bits to the decoder (C.3.4).
 */
final class MqDecoder {
    /** Context states, Qe << 8 | 2 * state index + MPS (see {@link T1Tables#packed}). */
    final int[] states = new int[Tier1Contexts.COUNT];
    // Package-private: BlockDecoder's passes copy the registers into locals and decode inline, for speed.
    byte[] data;
    int pos;
    int end;
    int a;
    int c;
    int ct;

    /** INITDEC (C.3.5) on {@code data[start, end)}. */
    void start(byte[] bytes, int start, int stop) {
        data = bytes;
        pos = start;
        end = stop;
        c = byteAt(pos) << 16;
        byteIn();
        c <<= 7;
        ct -= 7;
        a = 0x8000;
    }

    /** Starts reading raw bits (bypass mode) from {@code data[start, end)}. */
    void startRaw(byte[] bytes, int start, int stop) {
        data = bytes;
        pos = start;
        end = stop;
        c = 0;
        ct = 0;
    }

    private int byteAt(int p) {
        return p < end ? data[p] & 0xFF : 0xFF;
    }

    /** BYTEIN (C.3.4): a byte after 0xFF carries 7 bits, and a marker (0xFF above 0x8F) stops the input. */
    private void byteIn() {
        if (byteAt(pos) == 0xFF) {
            int next = byteAt(pos + 1);
            if (next > 0x8F) {
                c += 0xFF00;
                ct = 8;
            } else {
                pos++;
                c += next << 9;
                ct = 7;
            }
        } else {
            pos++;
            c += byteAt(pos) << 8;
            ct = 8;
        }
    }

    /**
     * DECODE (C.3.2) of one decision in context {@code cx}. The common case, an MPS without renormalisation, is
     * kept to a few bytecodes so that the JIT inlines it into the coding passes; the rest is {@link #exchange}.
     */
    int decode(int cx) {
        int s = states[cx];
        int qe = s >>> 8;
        int av = a - qe;
        int cv = c;
        if ((cv >>> 16) >= qe && av >= 0x8000) {
            a = av;
            c = cv - (qe << 16);
            return s & 1;
        }
        return exchange(cx, s, qe, av);
    }

    /** The MPS and LPS exchanges and RENORMD (C.3.2, C.3.3). */
    private int exchange(int cx, int s, int qe, int av) {
        int[] st = states;
        int cv = c;
        int d;
        if ((cv >>> 16) < qe) {
            if (av < qe) {
                d = s & 1;
                st[cx] = PACKED_MPS[s & 0xFF];
            } else {
                d = 1 - (s & 1);
                st[cx] = PACKED_LPS[s & 0xFF];
            }
            av = qe;
        } else {
            cv -= qe << 16;
            if (av < qe) {
                d = 1 - (s & 1);
                st[cx] = PACKED_LPS[s & 0xFF];
            } else {
                d = s & 1;
                st[cx] = PACKED_MPS[s & 0xFF];
            }
        }
        // RENORMD, all the shifts at once: A < 0x8000 needs as many as it has leading zeros in 16 bits.
        int shift = Integer.numberOfLeadingZeros(av) - 16;
        int t = ct;
        while (shift > t) {
            av <<= t;
            cv <<= t;
            shift -= t;
            c = cv;
            byteIn();
            cv = c;
            t = ct;
        }
        a = av << shift;
        c = cv << shift;
        ct = t - shift;
        return d;
    }

    /** One raw bit (bypass mode): a byte after 0xFF carries 7 bits; past a marker, 1 bits. */
    int raw() {
        if (ct == 0) {
            if (c == 0xFF) {
                int next = byteAt(pos);
                if (next > 0x8F) {
                    c = 0xFF;
                    ct = 8;
                } else {
                    c = next;
                    pos++;
                    ct = 7;
                }
            } else {
                c = byteAt(pos);
                pos++;
                ct = 8;
            }
        }
        ct--;
        return (c >> ct) & 1;
    }
}
