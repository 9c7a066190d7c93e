// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * Writes the markers and marker segments of a JPEG codestream (T.81 Annex B) for encoders, into a
 * {@link BitWriter} between which the encoder writes the entropy-coded data. Each method flushes pending
 * entropy-coded bits first.
 */
public final class JpegWriter {
    private JpegWriter() {
    }

    /** Start of image. */
    public static void soi(BitWriter out) {
        out.marker(Markers.SOI);
    }

    /** End of image. */
    public static void eoi(BitWriter out) {
        out.marker(Markers.EOI);
    }

    /** A frame header (B.2.2) with the header's SOFn marker. */
    public static void frameHeader(BitWriter out, FrameHeader frame) {
        out.marker(frame.sof());
        out.writeU16(8 + 3 * frame.components().size());
        out.writeU8(frame.precision());
        out.writeU16(frame.height());
        out.writeU16(frame.width());
        out.writeU8(frame.components().size());
        for (FrameHeader.Component c : frame.components()) {
            out.writeU8(c.id());
            out.writeU8(c.h() << 4 | c.v());
            out.writeU8(c.tq());
        }
    }

    /**
     * A DHT segment (B.2.4.2) with one table.
     *
     * @param tableClass 0 for DC and lossless tables, 1 for AC
     * @param id         table identifier 0-3
     */
    public static void huffmanTable(BitWriter out, int tableClass, int id, HuffmanTable table) {
        int[] bits = table.bits();
        int[] values = table.values();
        out.marker(Markers.DHT);
        out.writeU16(2 + 1 + 16 + values.length);
        out.writeU8(tableClass << 4 | id);
        for (int b : bits) {
            out.writeU8(b);
        }
        for (int v : values) {
            out.writeU8(v);
        }
    }

    /**
     * A DQT segment (B.2.4.1) with one table of 64 entries in zig-zag order, of 8-bit precision when all entries
     * fit in a byte and 16-bit otherwise.
     */
    public static void quantizationTable(BitWriter out, int id, int[] zigzag) {
        boolean wide = false;
        for (int v : zigzag) {
            wide |= v > 255;
        }
        out.marker(Markers.DQT);
        out.writeU16(2 + 1 + 64 * (wide ? 2 : 1));
        out.writeU8((wide ? 1 : 0) << 4 | id);
        for (int i = 0; i < 64; i++) {
            if (wide) {
                out.writeU16(zigzag[i]);
            } else {
                out.writeU8(zigzag[i]);
            }
        }
    }

    /** A DRI segment (B.2.4.4). */
    public static void restartInterval(BitWriter out, int interval) {
        out.marker(Markers.DRI);
        out.writeU16(4);
        out.writeU16(interval);
    }

    /** A scan header (B.2.3); component indices are resolved to identifiers through {@code frame}. */
    public static void scanHeader(BitWriter out, FrameHeader frame, ScanHeader scan) {
        out.marker(Markers.SOS);
        out.writeU16(6 + 2 * scan.components().size());
        out.writeU8(scan.components().size());
        for (ScanHeader.ScanComponent c : scan.components()) {
            out.writeU8(frame.components().get(c.componentIndex()).id());
            out.writeU8(c.td() << 4 | c.ta());
        }
        out.writeU8(scan.ss());
        out.writeU8(scan.se());
        out.writeU8(scan.ah() << 4 | scan.al());
    }

    /** A JFIF APP0 segment (ITU-T T.871), version 1.02, no density, no thumbnail. */
    public static void jfif(BitWriter out) {
        out.marker(Markers.APP0);
        out.writeU16(16);
        out.writeBytes(new byte[] {'J', 'F', 'I', 'F', 0, 1, 2, 0, 0, 1, 0, 1, 0, 0});
    }

    /** An Adobe APP14 segment with the given transform flag (0 none/RGB, 1 YCbCr, 2 YCCK). */
    public static void adobe(BitWriter out, int transform) {
        out.marker(Markers.APP14);
        out.writeU16(14);
        out.writeBytes(new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform});
    }
}
