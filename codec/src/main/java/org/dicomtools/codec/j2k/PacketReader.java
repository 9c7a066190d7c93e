// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dicomtools.codec.CodecFailure;

/**
 * Tier-2 decoding of one tile (ISO 15444-1 Annex B): walks its packets in the progression order of COD (B.12),
 * decodes each packet header (B.10: inclusion and zero bit-plane tag trees, number of passes, Lblock and codeword
 * segment lengths), skips SOP and EPH markers, and hands each code-block the chunks of data that are its own.
 */
final class PacketReader {
    private static final int SOP = 0xFF91;
    private static final int EPH = 0xFF92;
    static final int LRCP = 0;
    static final int RLCP = 1;
    static final int RPCL = 2;
    static final int PCRL = 3;
    static final int CPRL = 4;

    private final TileComponent[] components;
    private final byte[] data;
    private int pos;
    private final int end;
    private final boolean sop;
    private final boolean eph;
    private final PacketBits bits = new PacketBits();
    private CodeBlock[] pendingBlock = new CodeBlock[64];
    private int[] pendingSegment = new int[64];
    private int[] pendingLength = new int[64];
    private int pending;

    PacketReader(TileComponent[] components, byte[] data, int pos, int end, int codStyle) {
        this.components = components;
        this.data = data;
        this.pos = pos;
        this.end = end;
        this.sop = (codStyle & 2) != 0;
        this.eph = (codStyle & 4) != 0;
    }

    /** Reads every packet of the tile, {@code layers} quality layers, in {@code progression} order. */
    void readAll(int layers, int progression) {
        int maxRes = 0;
        for (TileComponent tc : components) {
            maxRes = Math.max(maxRes, tc.resolutions.length);
        }
        int nc = components.length;
        switch (progression) {
            case LRCP -> {
                for (int l = 0; l < layers; l++) {
                    for (int r = 0; r < maxRes; r++) {
                        for (int c = 0; c < nc; c++) {
                            precincts(l, r, c);
                        }
                    }
                }
            }
            case RLCP -> {
                for (int r = 0; r < maxRes; r++) {
                    for (int l = 0; l < layers; l++) {
                        for (int c = 0; c < nc; c++) {
                            precincts(l, r, c);
                        }
                    }
                }
            }
            default -> positional(layers, progression);
        }
    }

    private void precincts(int l, int r, int c) {
        TileComponent tc = components[c];
        if (r >= tc.resolutions.length || !more()) {
            return;
        }
        TileComponent.Resolution res = tc.resolutions[r];
        for (int p = 0; p < res.precincts.length; p++) {
            packet(l, tc, res, p);
        }
    }

    /**
     * RPCL, PCRL and CPRL: the standard steps over positions on the reference grid and visits a precinct where it
     * starts (or at the tile's edge when it starts before it); ordering all precincts by where they start gives the
     * same sequence (B.12.1.3 to B.12.1.5, components not subsampled).
     */
    private void positional(int layers, int progression) {
        List<long[]> order = new ArrayList<>();
        for (int c = 0; c < components.length; c++) {
            TileComponent tc = components[c];
            for (int r = 0; r < tc.resolutions.length; r++) {
                TileComponent.Resolution res = tc.resolutions[r];
                for (int p = 0; p < res.precincts.length; p++) {
                    long px = (long) (res.px0 + p % res.precinctsAcross) << (res.ppx + res.level);
                    long py = (long) (res.py0 + p / res.precinctsAcross) << (res.ppy + res.level);
                    order.add(new long[] {c, r, p, Math.max(tc.y0, py), Math.max(tc.x0, px)});
                }
            }
        }
        Comparator<long[]> y = Comparator.comparingLong(e -> e[3]);
        Comparator<long[]> byPosition = y.thenComparingLong(e -> e[4]);
        Comparator<long[]> comparator = switch (progression) {
            case RPCL -> Comparator.<long[]>comparingLong(e -> e[1]).thenComparing(byPosition)
                    .thenComparingLong(e -> e[0]);
            case PCRL -> byPosition.thenComparingLong(e -> e[0]).thenComparingLong(e -> e[1]);
            default -> Comparator.<long[]>comparingLong(e -> e[0]).thenComparing(byPosition)
                    .thenComparingLong(e -> e[1]);
        };
        order.sort(comparator);
        for (long[] e : order) {
            TileComponent tc = components[(int) e[0]];
            TileComponent.Resolution res = tc.resolutions[(int) e[1]];
            for (int l = 0; l < layers && more(); l++) {
                packet(l, tc, res, (int) e[2]);
            }
        }
    }

    /** Whether tile data is left; a tile may end early when the encoder left out its last packets. */
    private boolean more() {
        return pos < end;
    }

    private void packet(int layer, TileComponent tc, TileComponent.Resolution res, int precinct) {
        if (pos >= end) {
            return;
        }
        if (sop && pos + 6 <= end && J2kCodestream.u16(data, pos) == SOP) {
            pos += 6;
        }
        bits.start(data, pos, end);
        pending = 0;
        if (bits.bit() != 0) {
            int style = tc.coding.style();
            for (TileComponent.PrecinctBand pb : res.precincts[precinct]) {
                for (int i = 0; i < pb.blocks.length; i++) {
                    codeBlock(pb, i, layer, style);
                }
            }
        }
        pos = bits.finish();
        if (eph) {
            if (pos + 2 <= end && J2kCodestream.u16(data, pos) == EPH) {
                pos += 2;
            } else {
                throw new CodecFailure("JPEG 2000 packet header without its EPH marker");
            }
        }
        for (int i = 0; i < pending; i++) {
            int length = pendingLength[i];
            if (length > end - pos) {
                throw new CodecFailure("JPEG 2000 packet data runs past the end of its tile's data");
            }
            if (length > 0) {
                pendingBlock[i].addChunk(pendingSegment[i], pos, length);
            }
            pos += length;
        }
    }

    private void codeBlock(TileComponent.PrecinctBand pb, int index, int layer, int style) {
        CodeBlock cb = pb.blocks[index];
        int x = index % pb.across;
        int y = index / pb.across;
        boolean included;
        if (!cb.included) {
            included = pb.inclusion.below(bits, x, y, layer + 1);
        } else {
            included = bits.bit() != 0;
        }
        if (!included) {
            return;
        }
        if (!cb.included) {
            cb.zeroPlanes = pb.zeroPlanes.value(bits, x, y);
            cb.included = true;
        }
        int passes = passCount();
        while (bits.bit() != 0) {
            cb.lengthBits++;
        }
        int left = passes;
        while (left > 0) {
            int segment = cb.segments - 1;
            if (segment < 0 || cb.segmentPasses[segment]
                    == BlockDecoder.segmentPasses(style, cb.passes - cb.segmentPasses[segment])) {
                segment = cb.newSegment();
            }
            int room = BlockDecoder.segmentPasses(style, cb.passes - cb.segmentPasses[segment])
                    - cb.segmentPasses[segment];
            int n = Math.min(left, room);
            int count = cb.lengthBits + 31 - Integer.numberOfLeadingZeros(n);
            if (count > 31) {
                throw new CodecFailure("JPEG 2000 codeword segment length of " + count + " bits");
            }
            int length = bits.bits(count);
            cb.segmentPasses[segment] += n;
            cb.passes += n;
            left -= n;
            if (pending == pendingBlock.length) {
                pendingBlock = java.util.Arrays.copyOf(pendingBlock, 2 * pending);
                pendingSegment = java.util.Arrays.copyOf(pendingSegment, 2 * pending);
                pendingLength = java.util.Arrays.copyOf(pendingLength, 2 * pending);
            }
            pendingBlock[pending] = cb;
            pendingSegment[pending] = segment;
            pendingLength[pending] = length;
            pending++;
        }
        if (cb.passes > 164) {
            throw new CodecFailure("JPEG 2000 code-block has more than 164 coding passes");
        }
    }

    /** Number of new coding passes (Table B.4). */
    private int passCount() {
        if (bits.bit() == 0) {
            return 1;
        }
        if (bits.bit() == 0) {
            return 2;
        }
        int n = bits.bits(2);
        if (n != 3) {
            return 3 + n;
        }
        n = bits.bits(5);
        if (n != 31) {
            return 6 + n;
        }
        return 37 + bits.bits(7);
    }
}
