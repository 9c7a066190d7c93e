// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.dicomtools.codec.j2k.CodestreamHeader.ceilDiv;

import org.dicomtools.codec.CodecFailure;

/**
 * One component of one tile partitioned as ISO 15444-1 B.5 to B.7 describe: resolution levels, their sub-bands,
 * precincts and code-blocks, with each sub-band's place in the component's coefficient buffer, where the lower
 * resolution's LL sits top left and HL, LH and HH beside and below it, ready for the inverse wavelet transform.
 */
final class TileComponent {
    final int x0;
    final int y0;
    final int x1;
    final int y1;
    final ComponentCoding coding;
    final Resolution[] resolutions;

    /** A resolution level: its extent, precinct partition and sub-bands (one at level 0, else HL, LH, HH). */
    static final class Resolution {
        int x0;
        int y0;
        int x1;
        int y1;
        int ppx;
        int ppy;
        int precinctsAcross;
        int precinctsDown;
        /** Precinct x and y of the first precinct, in units of the precinct size. */
        int px0;
        int py0;
        Band[] bands;
        /** Per precinct, per band. */
        PrecinctBand[][] precincts;
        /** Decomposition level: number of halvings from the full component, NL - r. */
        int level;
    }

    /** A sub-band: orientation, extent in its own coordinates, where it goes in the buffer, its step and Mb. */
    static final class Band {
        int orientation;
        int index;
        int level;
        int x0;
        int y0;
        int x1;
        int y1;
        int bufferX;
        int bufferY;
        int bitPlanes;
        float step;
    }

    /** The code-blocks of one sub-band inside one precinct, with their two tag trees (B.10.2). */
    static final class PrecinctBand {
        final int across;
        final int down;
        final CodeBlock[] blocks;
        final TagTreeReader inclusion;
        final TagTreeReader zeroPlanes;

        PrecinctBand(int across, int down, CodeBlock[] blocks) {
            this.across = across;
            this.down = down;
            this.blocks = blocks;
            this.inclusion = blocks.length == 0 ? null : new TagTreeReader(across, down);
            this.zeroPlanes = blocks.length == 0 ? null : new TagTreeReader(across, down);
        }
    }

    TileComponent(int x0, int y0, int x1, int y1, ComponentCoding coding, Quantisation q, int precision) {
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
        this.coding = coding;
        int levels = coding.levels();
        resolutions = new Resolution[levels + 1];
        int blocks = 0;
        for (int r = 0; r <= levels; r++) {
            Resolution res = new Resolution();
            res.level = levels - r;
            long scale = 1L << res.level;
            res.x0 = (int) ceilDiv(x0, scale);
            res.y0 = (int) ceilDiv(y0, scale);
            res.x1 = (int) ceilDiv(x1, scale);
            res.y1 = (int) ceilDiv(y1, scale);
            res.ppx = coding.ppx()[r];
            res.ppy = coding.ppy()[r];
            res.px0 = res.x0 >> res.ppx;
            res.py0 = res.y0 >> res.ppy;
            res.precinctsAcross = res.x1 > res.x0 ? (int) (ceilDiv(res.x1, 1L << res.ppx) - res.px0) : 0;
            res.precinctsDown = res.y1 > res.y0 ? (int) (ceilDiv(res.y1, 1L << res.ppy) - res.py0) : 0;
            Resolution lower = r == 0 ? null : resolutions[r - 1];
            res.bands = new Band[r == 0 ? 1 : 3];
            for (int b = 0; b < res.bands.length; b++) {
                int orientation = r == 0 ? Tier1Contexts.LL : b + 1;
                Band band = new Band();
                band.orientation = orientation;
                band.index = r == 0 ? 0 : 3 * (r - 1) + 1 + b;
                band.level = r == 0 ? levels : levels - r + 1;
                long s = 1L << band.level;
                long xo = orientation == Tier1Contexts.HL || orientation == Tier1Contexts.HH ? s / 2 : 0;
                long yo = orientation == Tier1Contexts.LH || orientation == Tier1Contexts.HH ? s / 2 : 0;
                band.x0 = (int) ceilDiv(x0 - xo, s);
                band.y0 = (int) ceilDiv(y0 - yo, s);
                band.x1 = (int) ceilDiv(x1 - xo, s);
                band.y1 = (int) ceilDiv(y1 - yo, s);
                band.bufferX = xo == 0 ? 0 : lower.x1 - lower.x0;
                band.bufferY = yo == 0 ? 0 : lower.y1 - lower.y0;
                int exponent = q.exponent(band.index, band.level, levels);
                band.bitPlanes = q.guardBits() + exponent - 1;
                if (band.bitPlanes > 29) {
                    throw new J2kUnsupported(band.bitPlanes + " magnitude bit-planes");
                }
                if (!coding.reversible()) {
                    // Rb of E.1.1.2 without the band's gain: the inverse 9/7 scales high-pass samples by 2/K.
                    double mantissa = 1 + q.mantissa(band.index) / 2048.0;
                    band.step = (float) (mantissa * Math.pow(2, precision - exponent));
                }
                res.bands[b] = band;
            }
            int cbw = Math.min(coding.blockWidth(), r == 0 ? res.ppx : res.ppx - 1);
            int cbh = Math.min(coding.blockHeight(), r == 0 ? res.ppy : res.ppy - 1);
            int count = res.precinctsAcross * res.precinctsDown;
            res.precincts = new PrecinctBand[count][res.bands.length];
            for (int p = 0; p < count; p++) {
                long prx0 = (long) (res.px0 + p % res.precinctsAcross) << res.ppx;
                long pry0 = (long) (res.py0 + p / res.precinctsAcross) << res.ppy;
                int shift = r == 0 ? 0 : 1;
                for (int b = 0; b < res.bands.length; b++) {
                    Band band = res.bands[b];
                    long bx0 = Math.max(band.x0, prx0 >> shift);
                    long by0 = Math.max(band.y0, pry0 >> shift);
                    long bx1 = Math.min(band.x1, (prx0 >> shift) + (1L << (res.ppx - shift)));
                    long by1 = Math.min(band.y1, (pry0 >> shift) + (1L << (res.ppy - shift)));
                    res.precincts[p][b] = precinctBand(bx0, by0, bx1, by1, cbw, cbh);
                    blocks += res.precincts[p][b].blocks.length;
                    if (blocks > 1 << 22) {
                        throw new CodecFailure("JPEG 2000 tile has too many code-blocks");
                    }
                }
            }
            resolutions[r] = res;
        }
    }

    private static PrecinctBand precinctBand(long x0, long y0, long x1, long y1, int cbw, int cbh) {
        if (x1 <= x0 || y1 <= y0) {
            return new PrecinctBand(0, 0, new CodeBlock[0]);
        }
        long first = x0 >> cbw;
        long top = y0 >> cbh;
        int across = (int) (ceilDiv(x1, 1L << cbw) - first);
        int down = (int) (ceilDiv(y1, 1L << cbh) - top);
        CodeBlock[] blocks = new CodeBlock[across * down];
        for (int j = 0; j < down; j++) {
            for (int i = 0; i < across; i++) {
                long cx = (first + i) << cbw;
                long cy = (top + j) << cbh;
                blocks[j * across + i] = new CodeBlock((int) Math.max(x0, cx), (int) Math.max(y0, cy),
                        (int) Math.min(x1, cx + (1L << cbw)), (int) Math.min(y1, cy + (1L << cbh)));
            }
        }
        return new PrecinctBand(across, down, blocks);
    }
}
