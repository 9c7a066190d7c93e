// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import org.dicomtools.codec.CodecFailure;

/**
 * What our own reading of a JPEG 2000 codestream's main header (ISO 15444-1 Annex A) says, checked before the
 * library sees the stream: where the codestream is (a raw one starts with SOC SIZ, FF4F FF51; a JP2 file with its
 * signature box, and the codestream is the contents of its {@code jp2c} box), the image and tile sizes, each
 * component's precision and sign, and the coding style defaults (layers, multi-component transform, levels).
 *
 * <p>The tile-parts are walked from SOT to SOT by their lengths to EOC, so a truncated stream is refused here:
 * the library would otherwise decode the layers that are there and return a blurred image without a word.
 *
 * @param start      offset of the SOC marker in the data
 * @param end        offset just after the EOC marker
 * @param jp2        whether the data was a JP2 file
 * @param width      image width, Xsiz - XOsiz
 * @param height     image height, Ysiz - YOsiz
 * @param tiles      number of tiles
 * @param precision  bits per sample of every component (all components must agree)
 * @param signed     whether the components are signed
 * @param components number of components
 * @param layers     quality layers (COD)
 * @param mct        whether the multi-component transform is on (COD)
 * @param levels     wavelet decomposition levels (COD)
 * @param reversible whether the wavelet is the reversible 5/3 (COD)
 */
record J2kCodestream(int start, int end, boolean jp2, int width, int height, int tiles, int precision,
                     boolean signed, int components, int layers, boolean mct, int levels, boolean reversible) {

    static final int SOC = 0xFF4F;
    static final int SIZ = 0xFF51;
    static final int COD = 0xFF52;
    static final int SOT = 0xFF90;
    static final int EOC = 0xFFD9;

    /** Reads the headers of {@code data}, a raw codestream or a JP2 file; refuses anything else. */
    static J2kCodestream read(byte[] data) {
        if (Jp2File.isJp2(data)) {
            int[] box = Jp2File.codestream(data);
            return parse(data, box[0], box[1], true);
        }
        if (data.length >= 4 && u16(data, 0) == SOC && u16(data, 2) == SIZ) {
            return parse(data, 0, data.length, false);
        }
        throw new CodecFailure("not a JPEG 2000 codestream (FF4F FF51) nor a JP2 file");
    }

    private static J2kCodestream parse(byte[] d, int start, int limit, boolean jp2) {
        if (limit - start < 4 || u16(d, start) != SOC || u16(d, start + 2) != SIZ) {
            throw new CodecFailure("codestream at byte offset " + start + " does not start with SOC SIZ");
        }
        int p = start + 2;
        int[] siz = null;
        int[] cod = null;
        while (true) {
            need(d, p, 4, limit, "a main header marker");
            int marker = u16(d, p);
            if (marker == SOT) {
                break;
            }
            if ((marker & 0xFF00) != 0xFF00 || marker < 0xFF30) {
                throw new CodecFailure("expected a marker at byte offset " + p + ", found " + hex(marker));
            }
            int length = u16(d, p + 2);
            need(d, p + 2, length, limit, "marker " + hex(marker));
            if (marker == SIZ) {
                siz = siz(d, p + 4, length - 2);
            } else if (marker == COD) {
                cod = cod(d, p + 4, length - 2);
            }
            p += 2 + length;
        }
        if (siz == null) {
            throw new CodecFailure("codestream has no SIZ marker");
        }
        if (cod == null) {
            throw new CodecFailure("codestream has no COD marker in its main header");
        }
        int end = tileParts(d, p, limit, siz[2]);
        return new J2kCodestream(start, end, jp2, siz[0], siz[1], siz[2], siz[3], siz[4] != 0, siz[5], cod[0],
                cod[1] != 0, cod[2], cod[3] != 0);
    }

    /** {width, height, tiles, precision, signed, components}. */
    private static int[] siz(byte[] d, int p, int length) {
        if (length < 36) {
            throw new CodecFailure("SIZ segment of " + length + " bytes is too short");
        }
        long xsiz = u32(d, p + 2);
        long ysiz = u32(d, p + 6);
        long x0 = u32(d, p + 10);
        long y0 = u32(d, p + 14);
        long tw = u32(d, p + 18);
        long th = u32(d, p + 22);
        long tx0 = u32(d, p + 26);
        long ty0 = u32(d, p + 30);
        int components = u16(d, p + 34);
        if (xsiz <= x0 || ysiz <= y0 || tw == 0 || th == 0 || tx0 > x0 || ty0 > y0 || tx0 + tw <= x0
                || ty0 + th <= y0 || xsiz - x0 > Integer.MAX_VALUE || ysiz - y0 > Integer.MAX_VALUE) {
            throw new CodecFailure("SIZ geometry is invalid: image " + x0 + ".." + xsiz + " x " + y0 + ".." + ysiz
                    + ", tiles " + tw + "x" + th + " from " + tx0 + "," + ty0);
        }
        if (components < 1 || length < 36 + 3 * components) {
            throw new CodecFailure("SIZ segment of " + length + " bytes cannot hold " + components + " components");
        }
        long tiles = ((xsiz - tx0 + tw - 1) / tw) * ((ysiz - ty0 + th - 1) / th);
        int ssiz = d[p + 36] & 0xFF;
        for (int c = 0; c < components; c++) {
            int q = p + 36 + 3 * c;
            if ((d[q] & 0xFF) != ssiz) {
                throw new CodecFailure("components differ in precision or sign (Ssiz " + hex(ssiz) + " and "
                        + hex(d[q] & 0xFF) + ")");
            }
            if (d[q + 1] != 1 || d[q + 2] != 1) {
                throw new CodecFailure("component " + c + " is subsampled " + d[q + 1] + "x" + d[q + 2]
                        + "; only unsubsampled components are supported");
            }
        }
        int precision = (ssiz & 0x7F) + 1;
        if (precision > 38) {
            throw new CodecFailure("component precision " + precision + " is above the 38 bits Part 1 allows");
        }
        return new int[] {(int) (xsiz - x0), (int) (ysiz - y0), (int) Math.min(tiles, Integer.MAX_VALUE),
                precision, ssiz >>> 7, components};
    }

    /** {layers, mct, levels, reversible}. */
    private static int[] cod(byte[] d, int p, int length) {
        if (length < 10) {
            throw new CodecFailure("COD segment of " + length + " bytes is too short");
        }
        int layers = u16(d, p + 2);
        int mct = d[p + 4] & 0xFF;
        int levels = d[p + 5] & 0xFF;
        int transform = d[p + 9] & 0xFF;
        if (layers == 0 || mct > 1 || levels > 32 || transform > 1) {
            throw new CodecFailure("COD segment is invalid: " + layers + " layers, MCT " + mct + ", " + levels
                    + " levels, transform " + transform);
        }
        return new int[] {layers, mct, levels, transform};
    }

    /**
     * Walks the tile-parts from the first SOT at {@code p} and returns the offset after the last one (and after EOC
     * when there is one). Every tile must have a tile-part; a missing EOC is forgiven when nothing but zero padding
     * follows the last tile-part, as some encoders leave it out.
     */
    private static int tileParts(byte[] d, int p, int limit, int tiles) {
        if (tiles > 65535) {
            throw new CodecFailure(tiles + " tiles is more than a codestream can index (65535)");
        }
        boolean[] seen = new boolean[tiles];
        int missing = tiles;
        while (true) {
            if (p + 2 > limit || (u16(d, p) != SOT && u16(d, p) != EOC && zeros(d, p, limit))) {
                if (missing > 0) {
                    throw new CodecFailure("codestream truncated at byte offset " + p + ": " + missing + " of "
                            + tiles + " tiles have no data");
                }
                return p;
            }
            int marker = u16(d, p);
            if (marker == EOC) {
                return p + 2;
            }
            if (marker != SOT) {
                throw new CodecFailure("expected SOT or EOC at byte offset " + p + ", found " + hex(marker));
            }
            need(d, p, 12, limit, "an SOT segment");
            int tile = u16(d, p + 4);
            if (tile >= tiles) {
                throw new CodecFailure("tile-part at byte offset " + p + " is for tile " + tile + " of " + tiles);
            }
            if (!seen[tile]) {
                seen[tile] = true;
                missing--;
            }
            long psot = u32(d, p + 6);
            if (psot == 0) {
                // The last tile-part runs to EOC, which must then end the data (padding aside).
                int q = limit;
                while (q > p + 12 && d[q - 1] == 0) {
                    q--;
                }
                if (q - 2 < p + 12 || u16(d, q - 2) != EOC) {
                    throw new CodecFailure("codestream truncated: the last tile-part at byte offset " + p
                            + " does not end with EOC");
                }
                if (missing > 0) {
                    throw new CodecFailure("codestream has no data for " + missing + " of " + tiles + " tiles");
                }
                return q;
            }
            if (psot < 14 || p + psot > limit) {
                throw new CodecFailure("codestream truncated: the tile-part at byte offset " + p + " claims " + psot
                        + " bytes; " + (limit - p) + " remain");
            }
            p += (int) psot;
        }
    }

    private static boolean zeros(byte[] d, int p, int limit) {
        for (int i = p; i < limit; i++) {
            if (d[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static void need(byte[] d, int p, int n, int limit, String what) {
        if (p + n > limit) {
            throw new CodecFailure("codestream truncated: " + what + " at byte offset " + p + " needs " + n
                    + " bytes; " + Math.max(0, limit - p) + " remain");
        }
    }

    static int u16(byte[] d, int p) {
        return (d[p] & 0xFF) << 8 | (d[p + 1] & 0xFF);
    }

    static long u32(byte[] d, int p) {
        return ((long) u16(d, p) << 16) | u16(d, p + 2);
    }

    private static String hex(int v) {
        return String.format("%04X", v);
    }
}
