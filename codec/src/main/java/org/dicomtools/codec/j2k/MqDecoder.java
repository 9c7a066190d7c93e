// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.dicomtools.codec.j2k.T1Tables.NEXT_LPS;
import static org.dicomtools.codec.j2k.T1Tables.NEXT_MPS;
import static org.dicomtools.codec.j2k.T1Tables.QE;

/**
 * The MQ arithmetic decoder of ISO 15444-1 Annex C (software conventions, C.3), and the raw bit reader the
 * selective arithmetic coding bypass uses instead of it (D.6). One per thread, reused for every code-block segment:
 * it holds only its registers and the context states, and allocates nothing.
 *
 * <p>Reading past the end of the segment yields 0xFF bytes, as if a marker followed, which is how the coder's
 * termination leaves the last bits to the decoder (C.3.4).
 */
final class MqDecoder {
    /** Context states, 2 * state index + MPS. */
    final int[] states = new int[T1Tables.CONTEXTS];
    private byte[] data;
    private int pos;
    private int end;
    private int a;
    private int c;
    private int ct;

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

    /** DECODE (C.3.2) of one decision in context {@code cx}. */
    int decode(int cx) {
        int[] st = states;
        int s = st[cx];
        int qe = QE[s];
        int av = a - qe;
        int cv = c;
        int d;
        if ((cv >>> 16) < qe) {
            if (av < qe) {
                d = s & 1;
                st[cx] = NEXT_MPS[s];
            } else {
                d = 1 - (s & 1);
                st[cx] = NEXT_LPS[s];
            }
            av = qe;
        } else {
            cv -= qe << 16;
            if ((av & 0x8000) != 0) {
                a = av;
                c = cv;
                return s & 1;
            }
            if (av < qe) {
                d = 1 - (s & 1);
                st[cx] = NEXT_LPS[s];
            } else {
                d = s & 1;
                st[cx] = NEXT_MPS[s];
            }
        }
        int t = ct;
        do {
            if (t == 0) {
                c = cv;
                byteIn();
                cv = c;
                t = ct;
            }
            av <<= 1;
            cv <<= 1;
            t--;
        } while ((av & 0x8000) == 0);
        a = av;
        c = cv;
        ct = t;
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
