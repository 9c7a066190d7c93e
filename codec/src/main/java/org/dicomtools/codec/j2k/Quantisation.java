// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import org.dicomtools.codec.CodecFailure;

/**
 * A component's quantisation, from a QCD or QCC segment (ISO 15444-1 A.6.4, A.6.5, Annex E): the guard bits and,
 * per sub-band (0 the lowest LL, then HL, LH, HH of each level from the coarsest), the exponent and mantissa of the
 * step size. With scalar derived quantisation only the LL's are given and the others follow from it (E.1.1.2).
 *
 * @param style     0 none (reversible), 1 scalar derived, 2 scalar expounded
 * @param guardBits G
 * @param exponents εb as given
 * @param mantissas μb as given
 */
record Quantisation(int style, int guardBits, int[] exponents, int[] mantissas) {

    static Quantisation parse(byte[] d, int p, int end) {
        if (p >= end) {
            throw new CodecFailure("JPEG 2000 quantisation segment is empty");
        }
        int sq = d[p] & 0xFF;
        int style = sq & 0x1F;
        if (style > 2) {
            throw new J2kUnsupported("quantisation style " + style);
        }
        int n = style == 0 ? end - p - 1 : style == 1 ? Math.min(1, (end - p - 1) / 2) : (end - p - 1) / 2;
        if (n < 1) {
            throw new CodecFailure("JPEG 2000 quantisation segment has no step sizes");
        }
        int[] exps = new int[n];
        int[] mants = new int[n];
        for (int i = 0; i < n; i++) {
            if (style == 0) {
                exps[i] = (d[p + 1 + i] & 0xFF) >> 3;
            } else {
                int v = J2kCodestream.u16(d, p + 1 + 2 * i);
                exps[i] = v >> 11;
                mants[i] = v & 0x7FF;
            }
        }
        return new Quantisation(style, sq >> 5, exps, mants);
    }

    /** εb of sub-band {@code band} at decomposition level {@code level} (nb), {@code levels} in all. */
    int exponent(int band, int level, int levels) {
        if (style == 1) {
            return exponents[0] - levels + level;
        }
        check(band);
        return exponents[band];
    }

    int mantissa(int band) {
        if (style == 1) {
            return mantissas[0];
        }
        check(band);
        return mantissas[band];
    }

    private void check(int band) {
        if (band >= exponents.length) {
            throw new CodecFailure("JPEG 2000 quantisation gives " + exponents.length + " step sizes; sub-band "
                    + band + " needs one");
        }
    }
}
