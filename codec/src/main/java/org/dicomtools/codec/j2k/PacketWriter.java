// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * Tier-2 (ISO 15444-1 B.9, B.10): writes the packet of one resolution of one tile-component for our single quality
 * layer and single precinct. The header says, per subband and code-block in raster order: inclusion (a tag tree over
 * the layer of first inclusion, B.10.4), the number of missing most significant bit-planes (tag tree, B.10.5), the
 * number of coding passes (Table B.4) and the codeword length in {@code Lblock + floor(log2 passes)} bits after the
 * signalled increase of Lblock from 3 (B.10.7.1); the codewords follow in the same order. A packet with no
 * included code-block is the single header bit 0 (B.10.3).
 */
final class PacketWriter {
    private PacketWriter() {
    }

    /** Writes the packet for {@code bands} (the resolution's LL, or its HL, LH, HH) with guard bits {@code g}. */
    static void write(ByteSink out, Subband[] bands, int guardBits) {
        HeaderBits bits = new HeaderBits(out);
        boolean any = false;
        for (Subband band : bands) {
            for (int b = 0; b < band.blocks(); b++) {
                any |= band.passes[b] > 0;
            }
        }
        if (!any) {
            bits.bit(0);
            bits.finish();
            return;
        }
        bits.bit(1);
        for (Subband band : bands) {
            int n = band.blocks();
            if (n == 0) {
                continue;
            }
            int mb = guardBits + band.exponent - 1;
            int[] first = new int[n];
            int[] missing = new int[n];
            for (int b = 0; b < n; b++) {
                first[b] = band.passes[b] > 0 ? 0 : 1;
                missing[b] = mb - band.bitPlanes[b];
            }
            TagTree inclusion = new TagTree(band.blocksWide, band.blocksHigh);
            inclusion.set(first);
            TagTree zeroPlanes = new TagTree(band.blocksWide, band.blocksHigh);
            zeroPlanes.set(missing);
            for (int b = 0; b < n; b++) {
                inclusion.encode(bits, b, 1);
                int passes = band.passes[b];
                if (passes == 0) {
                    continue;
                }
                zeroPlanes.encode(bits, b, Integer.MAX_VALUE);
                passCount(bits, passes);
                length(bits, band.data[b].length, passes);
            }
        }
        bits.finish();
        for (Subband band : bands) {
            for (int b = 0; b < band.blocks(); b++) {
                if (band.passes[b] > 0) {
                    out.write(band.data[b], 0, band.data[b].length);
                }
            }
        }
    }

    /** Table B.4. */
    static void passCount(HeaderBits bits, int n) {
        if (n == 1) {
            bits.bit(0);
        } else if (n == 2) {
            bits.bits(0b10, 2);
        } else if (n <= 5) {
            bits.bits(0b1100 | (n - 3), 4);
        } else if (n <= 36) {
            bits.bits(0b1111_00000 | (n - 6), 9);
        } else if (n <= 164) {
            bits.bits(0b1111_1111_1000_0000 | (n - 37), 16);
        } else {
            throw new IllegalArgumentException(n + " coding passes");
        }
    }

    /** B.10.7.1, for a code-block's first inclusion (Lblock 3) with one codeword segment. */
    static void length(HeaderBits bits, int length, int passes) {
        int n = 3 + 31 - Integer.numberOfLeadingZeros(passes);
        while (length >= 1 << n) {
            bits.bit(1);
            n++;
        }
        bits.bit(0);
        bits.bits(length, n);
    }
}
