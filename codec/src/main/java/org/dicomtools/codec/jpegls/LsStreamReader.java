// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.jpeg.Markers;

/**
 * Walks the markers and marker segments of a JPEG-LS codestream (T.87 Annex C, with T.81 B's syntax) and parses the
 * ones JPEG-LS decoding needs. Every read is bounds-checked; a short or inconsistent segment is a
 * {@link CodecFailure} naming the byte offset. Not thread-safe; one per codestream.
 */
final class LsStreamReader {
    /** A frame header: precision, size and the component identifiers in frame order. */
    record Frame(int precision, int height, int width, int[] ids) {
    }

    /** A scan header: frame indices of its components, NEAR, interleave mode. */
    record Scan(int[] components, int near, int ilv) {
    }

    private final byte[] data;
    private int pos;
    private int marker = -1;
    private int markerOffset = -1;
    /** Start and end of the current segment's contents. */
    private int segStart;
    private int segEnd;

    LsStreamReader(byte[] data) {
        this.data = data;
    }

    int position() {
        return pos;
    }

    int markerOffset() {
        return markerOffset;
    }

    boolean atEnd() {
        return pos >= data.length;
    }

    /** Reads the marker at the current position, after any fill bytes {@code FF}. */
    int nextMarker() {
        if (pos >= data.length) {
            throw new CodecFailure("JPEG-LS codestream ends at byte offset " + pos + " where a marker should follow");
        }
        if (data[pos] != (byte) 0xFF) {
            throw new CodecFailure(String.format("expected a marker at byte offset %d, found %02X", pos,
                    data[pos] & 0xFF));
        }
        int p = pos + 1;
        while (p < data.length && data[p] == (byte) 0xFF) {
            p++;
        }
        if (p >= data.length) {
            throw new CodecFailure("JPEG-LS codestream ends inside a marker at byte offset " + pos);
        }
        markerOffset = p - 1;
        marker = data[p] & 0xFF;
        if (marker == 0) {
            throw new CodecFailure("expected a marker at byte offset " + markerOffset + ", found FF 00");
        }
        pos = p + 1;
        return marker;
    }

    /**
     * Moves to the next marker from {@code from}: past coded data ({@code FF} followed by a byte below 80 is data in
     * JPEG-LS) and stray bytes some encoders leave before it.
     */
    void seekMarker(int from) {
        int p = from;
        while (p + 1 < data.length && !(data[p] == (byte) 0xFF && data[p + 1] < 0)) {
            p++;
        }
        pos = p + 1 < data.length ? p : data.length;
    }

    /** Starts the current marker's segment: reads its length and checks it fits the data. */
    private void segment() {
        if (pos + 2 > data.length) {
            throw fail("no length");
        }
        int length = (data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF);
        if (length < 2 || pos + length > data.length) {
            throw fail("length " + length + " beyond the data");
        }
        segStart = pos + 2;
        segEnd = pos + length;
        pos = segStart;
    }

    private int u8() {
        if (pos >= segEnd) {
            throw fail("segment too short");
        }
        return data[pos++] & 0xFF;
    }

    private int u16() {
        return u8() << 8 | u8();
    }

    private int uN(int bytes) {
        int v = 0;
        for (int i = 0; i < bytes; i++) {
            v = v << 8 | u8();
        }
        return v;
    }

    private void endSegment(boolean exact) {
        if (exact && pos != segEnd) {
            throw fail("segment length does not match its contents");
        }
        pos = segEnd;
    }

    private CodecFailure fail(String what) {
        return new CodecFailure("invalid " + LsMarkers.name(marker) + " segment at byte offset " + markerOffset + ": "
                + what);
    }

    private void check(boolean ok, String what) {
        if (!ok) {
            throw fail(what);
        }
    }

    /** SOF55 (T.87 C.2.2): precision 2..16, width at least 1, 1..255 components, no subsampling. */
    Frame readFrame() {
        segment();
        int precision = u8();
        int height = u16();
        int width = u16();
        int n = u8();
        check(precision >= 2 && precision <= 16, "precision " + precision);
        check(n >= 1, "no components");
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = u8();
            int hv = u8();
            u8();
            for (int j = 0; j < i; j++) {
                check(ids[j] != ids[i], "component identifier " + ids[i] + " twice");
            }
            if (hv != 0x11) {
                throw new CodecFailure("subsampled JPEG-LS components (sampling " + (hv >> 4) + "x" + (hv & 15)
                        + " at byte offset " + markerOffset + ") are not supported");
            }
        }
        endSegment(true);
        return new Frame(precision, height, width, ids);
    }

    /** SOS (T.87 C.2.3) of a frame: components, NEAR, ILV; mapping tables and point transforms are refused. */
    Scan readScan(Frame frame) {
        segment();
        int n = u8();
        check(n >= 1 && n <= frame.ids().length, n + " components in a scan of a frame with " + frame.ids().length);
        int[] comps = new int[n];
        for (int i = 0; i < n; i++) {
            int id = u8();
            int tm = u8();
            int index = -1;
            for (int j = 0; j < frame.ids().length; j++) {
                if (frame.ids()[j] == id) {
                    index = j;
                }
            }
            check(index >= 0, "component " + id + " is not in the frame");
            for (int j = 0; j < i; j++) {
                check(comps[j] != index, "component " + id + " twice");
            }
            comps[i] = index;
            if (tm != 0) {
                throw new CodecFailure("JPEG-LS mapping tables (table " + tm + " in the scan at byte offset "
                        + markerOffset + ") are not supported");
            }
        }
        int near = u8();
        int ilv = u8();
        int ahal = u8();
        endSegment(true);
        check(ilv <= 2, "interleave mode " + ilv);
        check(ilv != 0 || n == 1, "interleave mode 0 with " + n + " components");
        if ((ahal & 15) != 0) {
            throw new CodecFailure("JPEG-LS point transform " + (ahal & 15) + " (scan at byte offset " + markerOffset
                    + ") is not supported");
        }
        return new Scan(comps, near, ilv);
    }

    /**
     * LSE (T.87 C.2.4): type 1 returns the preset parameters as given (0 fields for defaults); type 4 (oversize
     * dimensions) returns null after checking; types 2 and 3 (mapping tables) are skipped, since a scan using one is
     * refused; anything else fails.
     *
     * @param size receives {height, width} from a type 4 segment
     */
    PresetParameters readPresetParameters(int[] size) {
        segment();
        int id = u8();
        switch (id) {
            case 1 -> {
                PresetParameters p = PresetParameters.explicit(u16(), u16(), u16(), u16(), u16());
                endSegment(true);
                return p;
            }
            case 2, 3 -> {
                endSegment(false);
                return null;
            }
            case 4 -> {
                int wxy = u8();
                check(wxy >= 2 && wxy <= 4, "oversize dimension width " + wxy);
                long h = uN(wxy) & 0xFFFFFFFFL;
                long w = uN(wxy) & 0xFFFFFFFFL;
                check(h <= Integer.MAX_VALUE && w <= Integer.MAX_VALUE, "image of " + w + "x" + h);
                size[0] = (int) h;
                size[1] = (int) w;
                endSegment(true);
                return null;
            }
            default -> throw fail("preset parameters of type " + id);
        }
    }

    /** DRI (T.87 C.2.5): a restart interval of 2 to 4 bytes. */
    int readRestartInterval() {
        segment();
        int bytes = segEnd - segStart;
        check(bytes >= 2 && bytes <= 4, "restart interval of " + bytes + " bytes");
        long ri = uN(bytes) & 0xFFFFFFFFL;
        check(ri <= Integer.MAX_VALUE, "restart interval " + ri);
        endSegment(true);
        return (int) ri;
    }

    /**
     * Skips the current marker's segment; an APP8 segment "mrfx" (HP's colour transforms) with a transform other
     * than 0 is refused, since decoding it without the inverse transform would give wrong colours.
     */
    void skipSegment() {
        segment();
        if (marker == LsMarkers.APP8 && segEnd - segStart >= 5 && data[segStart] == 'm' && data[segStart + 1] == 'r'
                && data[segStart + 2] == 'f' && data[segStart + 3] == 'x') {
            int transform = data[segStart + 4] & 0xFF;
            if (transform != 0) {
                throw new CodecFailure("HP colour transform " + transform + " is not supported");
            }
        }
        pos = segEnd;
    }

    /** DNL (T.81 B.2.5): the number of lines. */
    int readNumberOfLines() {
        segment();
        int lines = u16();
        endSegment(true);
        return lines;
    }

    /** Whether {@code m} is a standalone marker (SOI, EOI, RSTm, TEM). */
    static boolean isStandalone(int m) {
        return Markers.isStandalone(m);
    }
}
