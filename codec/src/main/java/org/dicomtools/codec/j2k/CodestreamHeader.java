// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.dicomtools.codec.j2k.J2kCodestream.u16;
import static org.dicomtools.codec.j2k.J2kCodestream.u32;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.codec.CodecFailure;

/**
 * Everything our decoder needs from a codestream's main header and tile-part headers (ISO 15444-1 Annex A), read
 * in full before anything is decoded, so that a stream using a feature we do not decode is handed to the library
 * ({@link J2kUnsupported}) before any work is done: POC, PPM, PPT, RGN, CAP and Part 2 markers, coding styles we do
 * not implement. {@link J2kCodestream} has already checked the SIZ geometry and the tile-part lengths.
 */
final class CodestreamHeader {
    static final int COC = 0xFF53;
    static final int TLM = 0xFF55;
    static final int PLM = 0xFF57;
    static final int PLT = 0xFF58;
    static final int QCD = 0xFF5C;
    static final int QCC = 0xFF5D;
    static final int CRG = 0xFF63;
    static final int COM = 0xFF64;
    static final int SOD = 0xFF93;

    int x0;
    int y0;
    int x1;
    int y1;
    int tileWidth;
    int tileHeight;
    int tileX0;
    int tileY0;
    int tilesAcross;
    int tilesDown;
    int components;
    int[] precision;
    boolean[] signed;
    final TileCoding main = new TileCoding();
    TileCoding[] tiles;
    /** Per tile, {start, end} of each tile-part's data in order. */
    List<List<int[]>> tileData;

    /** Coding parameters that the main header sets and a tile's first tile-part header may override. */
    static final class TileCoding {
        int codStyle = -1;
        int progression;
        int layers;
        int mct;
        ComponentCoding coding;
        ComponentCoding[] codingOf;
        Quantisation quantisation;
        Quantisation[] quantisationOf;
    }

    static CodestreamHeader read(byte[] d, J2kCodestream s) {
        CodestreamHeader h = new CodestreamHeader();
        int p = s.start() + 2;
        int limit = s.end();
        while (true) {
            int marker = u16(d, p);
            if (marker == J2kCodestream.SOT) {
                break;
            }
            int length = u16(d, p + 2);
            int body = p + 4;
            int end = p + 2 + length;
            if (length < 2 || end > limit) {
                throw new CodecFailure("JPEG 2000 marker " + Integer.toHexString(marker) + " length is invalid");
            }
            switch (marker) {
                case J2kCodestream.SIZ -> h.siz(d, body);
                case J2kCodestream.COD, COC, QCD, QCC -> h.coding(h.main, marker, d, body, end);
                case TLM, PLM, CRG, COM -> { }
                default -> throw new J2kUnsupported("main header marker " + Integer.toHexString(marker));
            }
            p = end;
        }
        h.tiles = new TileCoding[h.tilesAcross * h.tilesDown];
        h.tileData = new ArrayList<>();
        for (int t = 0; t < h.tiles.length; t++) {
            h.tiles[t] = new TileCoding();
            h.tileData.add(new ArrayList<>());
        }
        h.tileParts(d, p, limit);
        return h;
    }

    private void siz(byte[] d, int p) {
        x1 = (int) u32(d, p + 2);
        y1 = (int) u32(d, p + 6);
        x0 = (int) u32(d, p + 10);
        y0 = (int) u32(d, p + 14);
        tileWidth = (int) Math.min(u32(d, p + 18), Integer.MAX_VALUE);
        tileHeight = (int) Math.min(u32(d, p + 22), Integer.MAX_VALUE);
        tileX0 = (int) u32(d, p + 26);
        tileY0 = (int) u32(d, p + 30);
        if (x1 < 0 || y1 < 0) {
            throw new J2kUnsupported("image beyond 2^31 on the reference grid");
        }
        components = u16(d, p + 34);
        precision = new int[components];
        signed = new boolean[components];
        for (int c = 0; c < components; c++) {
            int ssiz = d[p + 36 + 3 * c] & 0xFF;
            precision[c] = (ssiz & 0x7F) + 1;
            signed[c] = (ssiz & 0x80) != 0;
            if (precision[c] > 16) {
                throw new J2kUnsupported("precision " + precision[c]);
            }
            if (d[p + 37 + 3 * c] != 1 || d[p + 38 + 3 * c] != 1) {
                throw new J2kUnsupported("subsampled component");
            }
        }
        tilesAcross = (int) ceilDiv((long) x1 - tileX0, tileWidth);
        tilesDown = (int) ceilDiv((long) y1 - tileY0, tileHeight);
    }

    private void coding(TileCoding t, int marker, byte[] d, int p, int end) {
        if (precision == null) {
            throw new CodecFailure("JPEG 2000 marker before SIZ");
        }
        int cbytes = components < 257 ? 1 : 2;
        switch (marker) {
            case J2kCodestream.COD -> {
                if (end - p < 10) {
                    throw new CodecFailure("JPEG 2000 COD segment is too short");
                }
                int scod = d[p] & 0xFF;
                if ((scod & ~7) != 0) {
                    throw new J2kUnsupported("coding style " + Integer.toHexString(scod));
                }
                t.codStyle = scod;
                t.progression = d[p + 1] & 0xFF;
                t.layers = u16(d, p + 2);
                t.mct = d[p + 4] & 0xFF;
                if (t.progression > 4) {
                    throw new CodecFailure("JPEG 2000 progression order " + t.progression + " is invalid");
                }
                if (t.mct > 1) {
                    throw new J2kUnsupported("multi-component transform " + t.mct);
                }
                if (t.layers == 0) {
                    throw new CodecFailure("JPEG 2000 COD has no layers");
                }
                t.coding = ComponentCoding.parse(d, p + 5, end, (scod & 1) != 0);
            }
            case COC -> {
                int c = component(d, p, end, cbytes);
                if (p + cbytes >= end) {
                    throw new CodecFailure("JPEG 2000 COC segment is too short");
                }
                int scoc = d[p + cbytes] & 0xFF;
                if ((scoc & ~1) != 0) {
                    throw new J2kUnsupported("component coding style " + Integer.toHexString(scoc));
                }
                of(t).codingOf[c] = ComponentCoding.parse(d, p + cbytes + 1, end, scoc == 1);
            }
            case QCD -> t.quantisation = Quantisation.parse(d, p, end);
            default -> {
                int c = component(d, p, end, cbytes);
                of(t).quantisationOf[c] = Quantisation.parse(d, p + cbytes, end);
            }
        }
    }

    private TileCoding of(TileCoding t) {
        if (t.codingOf == null) {
            t.codingOf = new ComponentCoding[components];
            t.quantisationOf = new Quantisation[components];
        }
        return t;
    }

    private int component(byte[] d, int p, int end, int cbytes) {
        if (p + cbytes > end) {
            throw new CodecFailure("JPEG 2000 component segment is too short");
        }
        int c = cbytes == 1 ? d[p] & 0xFF : u16(d, p);
        if (c >= components) {
            throw new CodecFailure("JPEG 2000 segment for component " + c + " of " + components);
        }
        return c;
    }

    private void tileParts(byte[] d, int p, int limit) {
        while (p + 2 <= limit && u16(d, p) == J2kCodestream.SOT) {
            int tile = u16(d, p + 4);
            long psot = u32(d, p + 6);
            int partEnd = psot == 0 ? limit : (int) (p + psot);
            if (psot == 0 && partEnd >= p + 2 && u16(d, partEnd - 2) == J2kCodestream.EOC) {
                partEnd -= 2;
            }
            TileCoding t = tiles[tile];
            boolean first = tileData.get(tile).isEmpty();
            int q = p + 12;
            while (true) {
                if (q + 2 > partEnd) {
                    throw new CodecFailure("JPEG 2000 tile-part header without SOD");
                }
                int marker = u16(d, q);
                if (marker == SOD) {
                    q += 2;
                    break;
                }
                if (q + 4 > partEnd) {
                    throw new CodecFailure("JPEG 2000 tile-part header is truncated");
                }
                int length = u16(d, q + 2);
                int end = q + 2 + length;
                if (length < 2 || end > partEnd) {
                    throw new CodecFailure("JPEG 2000 marker " + Integer.toHexString(marker) + " length is invalid");
                }
                switch (marker) {
                    case J2kCodestream.COD, COC, QCD, QCC -> {
                        if (first) {
                            coding(t, marker, d, q + 4, end);
                        }
                    }
                    case PLT, COM -> { }
                    default -> throw new J2kUnsupported("tile-part header marker " + Integer.toHexString(marker));
                }
                q = end;
            }
            tileData.get(tile).add(new int[] {q, partEnd});
            p = psot == 0 ? limit : partEnd;
        }
    }

    /** The coding style of component {@code c} in tile {@code tile}, tile before main, COC before COD (A.6). */
    ComponentCoding coding(int tile, int c) {
        TileCoding t = tiles[tile];
        if (t.codingOf != null && t.codingOf[c] != null) {
            return t.codingOf[c];
        }
        if (t.coding != null) {
            return t.coding;
        }
        if (main.codingOf != null && main.codingOf[c] != null) {
            return main.codingOf[c];
        }
        return main.coding;
    }

    Quantisation quantisation(int tile, int c) {
        TileCoding t = tiles[tile];
        if (t.quantisationOf != null && t.quantisationOf[c] != null) {
            return t.quantisationOf[c];
        }
        if (t.quantisation != null) {
            return t.quantisation;
        }
        if (main.quantisationOf != null && main.quantisationOf[c] != null) {
            return main.quantisationOf[c];
        }
        if (main.quantisation == null) {
            throw new CodecFailure("JPEG 2000 codestream has no QCD marker");
        }
        return main.quantisation;
    }

    /** COD's tile-wide parameters for {@code tile}: the tile's own COD if it has one. */
    TileCoding cod(int tile) {
        return tiles[tile].codStyle >= 0 ? tiles[tile] : main;
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
