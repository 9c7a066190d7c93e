// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The codestream around our packets (ISO 15444-1 Annex A): SOC; SIZ (A.5.1) with the image as one tile at the
 * origin and every component of the same precision and sign, not subsampled; COD (A.6.1) with no precinct partition,
 * no SOP or EPH, LRCP progression, one layer, the multi-component transform when asked, 64x64 code-blocks (xcb = ycb
 * = 6), code-block style 0 and the 5/3 reversible wavelet; QCD (A.6.4) with no quantisation, the guard bits and one
 * exponent per subband; then a single tile-part (SOT, SOD, the packets) and EOC. Rsiz says Part 1 with no
 * restrictions claimed (0).
 */
final class CodestreamWriter {
    private CodestreamWriter() {
    }

    /**
     * The codestream of one tile of {@code width x height} whose {@code components} components have {@code precision}
     * bits, signed or not, coded with {@code levels} decomposition levels and {@code guardBits} guard bits;
     * {@code exponents} per subband in codestream order (LL, then HL, LH, HH from the lowest resolution up).
     */
    static byte[] write(int width, int height, int components, int precision, boolean signed, boolean mct,
                        int levels, int guardBits, int[] exponents, ByteSink packets) {
        ByteSink out = new ByteSink(packets.size() + 128);
        out.u16(0xFF4F);
        // SIZ
        out.u16(0xFF51);
        out.u16(38 + 3 * components);
        out.u16(0);
        out.u32(width);
        out.u32(height);
        out.u32(0);
        out.u32(0);
        out.u32(width);
        out.u32(height);
        out.u32(0);
        out.u32(0);
        out.u16(components);
        for (int c = 0; c < components; c++) {
            out.write((signed ? 0x80 : 0) | (precision - 1));
            out.write(1);
            out.write(1);
        }
        // COD
        out.u16(0xFF52);
        out.u16(12);
        out.write(0);
        out.write(0);
        out.u16(1);
        out.write(mct ? 1 : 0);
        out.write(levels);
        out.write(6 - 2);
        out.write(6 - 2);
        out.write(0);
        out.write(1);
        // QCD
        out.u16(0xFF5C);
        out.u16(3 + exponents.length);
        out.write(guardBits << 5);
        for (int e : exponents) {
            out.write(e << 3);
        }
        // SOT, SOD, packets
        out.u16(0xFF90);
        out.u16(10);
        out.u16(0);
        out.u32(12 + 2 + packets.size());
        out.write(0);
        out.write(1);
        out.u16(0xFF93);
        out.write(packets.array(), 0, packets.size());
        out.u16(0xFFD9);
        return out.toByteArray();
    }
}
