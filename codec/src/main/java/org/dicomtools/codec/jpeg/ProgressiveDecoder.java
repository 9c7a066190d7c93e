// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.CodecFailure;

/**
 * The four kinds of progressive DCT scan (T.81 G.1.2), one block at a time, into coefficients kept in zig-zag order:
 * DC first ({@code Ss = 0, Ah = 0}), DC refinement ({@code Ss = 0, Ah > 0}), AC first ({@code Ss > 0, Ah = 0}) and
 * AC refinement ({@code Ss > 0, Ah > 0}) over the band {@code Ss..Se} at bit position {@code Al}.
 *
 * <p>AC scans code runs of blocks whose band is all zero (or holds nothing new) as one EOBRUN symbol (G.1.2.2);
 * the run left over is this object's state, cleared at every restart.
 */
final class ProgressiveDecoder {
    private final BitReader in;
    private final int ss;
    private final int se;
    private final int al;
    /** Blocks still to skip in the current end-of-band run, the current block not counted. */
    private int eobrun;

    ProgressiveDecoder(BitReader in, int ss, int se, int al) {
        this.in = in;
        this.ss = ss;
        this.se = se;
        this.al = al;
    }

    /** Starts a restart interval. */
    void restart() {
        eobrun = 0;
    }

    /** DC first scan: a DC difference as in sequential coding, scaled by {@code 2^Al}; returns the new prediction. */
    int dcFirst(int[] coef, int off, HuffmanTable dc, int pred) {
        int s = in.decode(dc);
        if (s > 15) {
            throw new CodecFailure("DC category " + s + " out of range near byte offset " + in.position());
        }
        int value = pred + (s == 0 ? 0 : BitReader.extend(in.bits(s), s));
        coef[off] = value << al;
        return value;
    }

    /** DC refinement: one raw bit, bit {@code Al} of the DC coefficient. */
    void dcRefine(int[] coef, int off) {
        if (in.bit() != 0) {
            coef[off] |= 1 << al;
        }
    }

    /** AC first scan: run/size symbols over the band, with EOBn ending the band of this and further blocks. */
    void acFirst(int[] coef, int off, HuffmanTable ac) {
        if (eobrun > 0) {
            eobrun--;
            return;
        }
        for (int k = ss; k <= se; k++) {
            int rs = in.decode(ac);
            int r = rs >> 4;
            int s = rs & 15;
            if (s == 0) {
                if (r < 15) {
                    // EOBr: 2^r + r more bits blocks end here, this one included
                    eobrun = (1 << r) - 1 + (r > 0 ? in.bits(r) : 0);
                    return;
                }
                k += 15;
                continue;
            }
            k += r;
            if (k > se) {
                throw new CodecFailure("AC coefficient " + k + " past the band end " + se + " near byte offset "
                        + in.position());
            }
            coef[off + k] = BitReader.extend(in.bits(s), s) << al;
        }
    }

    /**
     * AC refinement (G.1.2.3): a correction bit for every coefficient of the band already non-zero, and new
     * coefficients of magnitude {@code 2^Al} placed by run lengths that count only the zero ones.
     */
    void acRefine(int[] coef, int off, HuffmanTable ac) {
        int plus = 1 << al;
        int minus = -1 << al;
        int k = ss;
        if (eobrun == 0) {
            for (; k <= se; k++) {
                int rs = in.decode(ac);
                int r = rs >> 4;
                int s = rs & 15;
                int value = 0;
                if (s == 0) {
                    if (r < 15) {
                        eobrun = (1 << r) + (r > 0 ? in.bits(r) : 0);
                        break;
                    }
                    // ZRL: pass 16 zero coefficients (r = 15 here, the 16th is where the loop stops)
                } else {
                    if (s != 1) {
                        throw new CodecFailure("AC refinement size " + s + " is not 1 near byte offset "
                                + in.position());
                    }
                    value = in.bit() != 0 ? plus : minus;
                }
                // pass r zero coefficients, refining the non-zero ones met on the way; stop at the next zero one
                for (; k <= se; k++) {
                    int i = off + k;
                    if (coef[i] != 0) {
                        refine(coef, i, plus, minus);
                    } else if (r-- == 0) {
                        break;
                    }
                }
                if (value != 0) {
                    if (k > se) {
                        throw new CodecFailure("AC refinement past the band end " + se + " near byte offset "
                                + in.position());
                    }
                    coef[off + k] = value;
                }
            }
        }
        if (eobrun > 0) {
            // this block is part of an end-of-band run: only correction bits for what is already non-zero
            for (; k <= se; k++) {
                int i = off + k;
                if (coef[i] != 0) {
                    refine(coef, i, plus, minus);
                }
            }
            eobrun--;
        }
    }

    private void refine(int[] coef, int i, int plus, int minus) {
        if (in.bit() != 0 && (coef[i] & plus) == 0) {
            coef[i] += coef[i] >= 0 ? plus : minus;
        }
    }
}
