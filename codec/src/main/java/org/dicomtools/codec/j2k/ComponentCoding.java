// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import org.dicomtools.codec.CodecFailure;

/**
 * A component's coding style, from the SPcod or SPcoc parameters of a COD or COC segment (ISO 15444-1 A.6.1,
 * A.6.2, Tables A.15 to A.21).
 *
 * @param levels     wavelet decomposition levels
 * @param blockWidth code-block width exponent (xcb, 2 to 10)
 * @param blockHeight code-block height exponent (ycb)
 * @param style      code-block style bits (Table A.19)
 * @param reversible whether the wavelet is the reversible 5/3
 * @param ppx        precinct width exponent per resolution
 * @param ppy        precinct height exponent per resolution
 */
record ComponentCoding(int levels, int blockWidth, int blockHeight, int style, boolean reversible, int[] ppx,
                       int[] ppy) {

    /** Parses SPcod/SPcoc at {@code p}; {@code precincts} when Scod/Scoc says precinct sizes follow. */
    static ComponentCoding parse(byte[] d, int p, int end, boolean precincts) {
        if (p + 5 > end) {
            throw new CodecFailure("JPEG 2000 coding style segment is too short");
        }
        int levels = d[p] & 0xFF;
        int xcb = (d[p + 1] & 0xFF) + 2;
        int ycb = (d[p + 2] & 0xFF) + 2;
        int style = d[p + 3] & 0xFF;
        int transform = d[p + 4] & 0xFF;
        if (levels > 32 || xcb > 10 || ycb > 10 || xcb + ycb > 12) {
            throw new CodecFailure("JPEG 2000 coding style is invalid: " + levels + " levels, code-blocks 2^" + xcb
                    + " x 2^" + ycb);
        }
        if (style > 0x3F) {
            throw new J2kUnsupported("code-block style " + Integer.toHexString(style));
        }
        if (transform > 1) {
            throw new J2kUnsupported("wavelet transform " + transform);
        }
        int[] ppx = new int[levels + 1];
        int[] ppy = new int[levels + 1];
        for (int r = 0; r <= levels; r++) {
            if (precincts) {
                if (p + 5 + r >= end) {
                    throw new CodecFailure("JPEG 2000 coding style segment is too short for its precinct sizes");
                }
                int b = d[p + 5 + r] & 0xFF;
                ppx[r] = b & 0xF;
                ppy[r] = b >> 4;
                if (r > 0 && (ppx[r] == 0 || ppy[r] == 0)) {
                    throw new CodecFailure("JPEG 2000 precinct size exponent 0 above the lowest resolution");
                }
            } else {
                ppx[r] = 15;
                ppy[r] = 15;
            }
        }
        return new ComponentCoding(levels, xcb, ycb, style, transform == 1, ppx, ppy);
    }
}
