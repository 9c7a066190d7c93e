// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.codec.CodecFailure;

/**
 * Walks the markers and marker segments of a JPEG codestream (T.81 Annex B) one after the other, for decoders to
 * drive: {@link #nextMarker()} says what comes, and the {@code read...} method for that marker parses its segment.
 * It remembers the frame header, the restart interval, whether a JFIF APP0 segment and an Adobe APP14 segment were
 * seen, and, after a scan header, where the entropy-coded data lie.
 *
 * <p>Every read checks lengths and values; truncated or inconsistent input is a {@link CodecFailure} naming the byte
 * offset. Not thread-safe; one reader per codestream.
 */
public final class JpegReader {
    private final byte[] data;
    private final int limit;
    private int pos;
    private int marker = -1;
    private int markerOffset = -1;
    private FrameHeader frame;
    private int restartInterval;
    private boolean jfif;
    private int adobeTransform = -1;
    private int entropyStart = -1;
    private int entropyEnd = -1;
    /** End of the segment being read. */
    private int lastEnd;

    /** A reader over the whole of {@code data}. */
    public JpegReader(byte[] data) {
        this(data, 0, data.length);
    }

    /** A reader over {@code data[offset..offset+length)}. */
    public JpegReader(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new IllegalArgumentException("range outside the data");
        }
        this.data = data;
        this.pos = offset;
        this.limit = offset + length;
    }

    /** The data the reader walks. */
    public byte[] data() {
        return data;
    }

    /** Offset of the next byte to read. */
    public int position() {
        return pos;
    }

    /** Whether no bytes are left. */
    public boolean atEnd() {
        return pos >= limit;
    }

    /**
     * Reads the next marker, skipping fill bytes {@code FF} before it (T.81 B.1.1.2).
     *
     * @return the marker code (the byte after {@code FF})
     * @throws CodecFailure at the end of the data or when no marker is where one must be
     */
    public int nextMarker() {
        if (pos >= limit) {
            throw new CodecFailure("codestream ends at byte offset " + pos + " where a marker should follow");
        }
        if (data[pos] != (byte) 0xFF) {
            throw new CodecFailure(String.format("expected a marker at byte offset %d, found %02X", pos,
                    data[pos] & 0xFF));
        }
        int p = pos + 1;
        while (p < limit && data[p] == (byte) 0xFF) {
            p++;
        }
        if (p >= limit) {
            throw new CodecFailure("codestream ends inside a marker at byte offset " + pos);
        }
        int code = data[p] & 0xFF;
        if (code == 0) {
            throw new CodecFailure("expected a marker at byte offset " + pos + ", found stuffed FF 00");
        }
        marker = code;
        markerOffset = p - 1;
        pos = p + 1;
        return code;
    }

    /** Reads the SOI marker that must start the codestream. */
    public void readSoi() {
        int at = pos;
        if (nextMarker() != Markers.SOI) {
            throw new CodecFailure("not a JPEG codestream: " + Markers.name(marker) + " at byte offset " + at
                    + " instead of SOI");
        }
    }

    /** The last marker {@link #nextMarker()} returned, -1 before the first. */
    public int marker() {
        return marker;
    }

    /** Offset of that marker's {@code FF}. */
    public int markerOffset() {
        return markerOffset;
    }

    /**
     * Parses the frame header after a SOFn marker (T.81 B.2.2): precision 2-16, width at least 1, height 0 or more
     * (0: DNL will say), 1-255 components with distinct identifiers, sampling factors 1-4, table selectors 0-3.
     *
     * @throws CodecFailure when the marker is no SOFn, a frame header was already read, or the header is invalid
     */
    public FrameHeader readFrameHeader() {
        if (!Markers.isSof(marker)) {
            throw new CodecFailure("no frame header at byte offset " + markerOffset);
        }
        if (frame != null) {
            throw new CodecFailure("second frame header at byte offset " + markerOffset
                    + " (hierarchical JPEG is not supported)");
        }
        Segment s = segment();
        int precision = s.u8();
        int height = s.u16();
        int width = s.u16();
        int n = s.u8();
        check(precision >= 2 && precision <= 16, "sample precision " + precision);
        check(width > 0, "frame width 0");
        check(n > 0, "frame without components");
        List<FrameHeader.Component> components = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int id = s.u8();
            int hv = s.u8();
            int tq = s.u8();
            int h = hv >> 4;
            int v = hv & 15;
            check(h >= 1 && h <= 4 && v >= 1 && v <= 4, "sampling factors " + h + "x" + v);
            check(tq <= 3, "quantization table selector " + tq);
            for (FrameHeader.Component c : components) {
                check(c.id() != id, "component identifier " + id + " twice");
            }
            components.add(new FrameHeader.Component(id, h, v, tq));
        }
        s.end();
        pos = s.next;
        frame = new FrameHeader(marker, precision, height, width, components);
        return frame;
    }

    /** The frame header read, or null before it. */
    public FrameHeader frame() {
        return frame;
    }

    /**
     * Parses a DHT segment (T.81 B.2.4.2), putting each table it defines into {@code dc[id]} (class 0, also the
     * lossless tables) or {@code ac[id]} (class 1) and so replacing any table defined before under that id.
     */
    public void readHuffmanTables(HuffmanTable[] dc, HuffmanTable[] ac) {
        TableSegments.huffman(segment(), dc, ac);
        pos = lastEnd;
    }

    /**
     * Parses a DQT segment (T.81 B.2.4.1) into {@code q[id]}: 64 entries of 8- or 16-bit precision, kept in the
     * zig-zag order the segment stores them in.
     */
    public void readQuantizationTables(int[][] q) {
        TableSegments.quantization(segment(), q);
        pos = lastEnd;
    }

    /** Parses a DRI segment (T.81 B.2.4.4) and returns the restart interval, 0 for none. */
    public int readRestartInterval() {
        Segment s = segment();
        restartInterval = s.u16();
        s.end();
        pos = s.next;
        return restartInterval;
    }

    /** The restart interval in force, 0 for none. */
    public int restartInterval() {
        return restartInterval;
    }

    /**
     * Parses a scan header (T.81 B.2.3): 1-4 components of the frame, each once, table selectors 0-3. Afterwards
     * {@link #entropyStart()} is where the scan's entropy-coded data begin.
     */
    public ScanHeader readScanHeader() {
        check(marker == Markers.SOS, "no scan header at byte offset " + markerOffset);
        if (frame == null) {
            throw new CodecFailure("scan header at byte offset " + markerOffset + " before any frame header");
        }
        Segment s = segment();
        int n = s.u8();
        check(n >= 1 && n <= 4, "scan with " + n + " components");
        List<ScanHeader.ScanComponent> components = new ArrayList<>(n);
        boolean[] seen = new boolean[frame.components().size()];
        for (int i = 0; i < n; i++) {
            int id = s.u8();
            int tdta = s.u8();
            int index = componentIndex(id);
            check(index >= 0, "scan component " + id + " not in the frame");
            check(!seen[index], "scan component " + id + " twice");
            seen[index] = true;
            int td = tdta >> 4;
            int ta = tdta & 15;
            check(td <= 3 && ta <= 3, "Huffman table selectors " + td + "/" + ta);
            components.add(new ScanHeader.ScanComponent(index, td, ta));
        }
        int ss = s.u8();
        int se = s.u8();
        int ahal = s.u8();
        s.end();
        pos = s.next;
        entropyStart = pos;
        entropyEnd = -1;
        return new ScanHeader(components, ss, se, ahal >> 4, ahal & 15);
    }

    private int componentIndex(int id) {
        List<FrameHeader.Component> cs = frame.components();
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Parses a DNL segment (T.81 B.2.5), sets the frame's height to it and returns it. */
    public int readNumberOfLines() {
        Segment s = segment();
        int lines = s.u16();
        s.end();
        pos = s.next;
        check(lines > 0, "DNL of 0 lines");
        if (frame != null) {
            frame = frame.withHeight(lines);
        }
        return lines;
    }

    /**
     * Handles the segment of the current marker if it is a table or miscellaneous one: DHT, DQT and DRI are read
     * into the given tables; APPn (noting JFIF and Adobe), COM, DAC, DHP/EXP and reserved markers are skipped.
     *
     * @return false, reading nothing, for SOI, EOI, SOFn, SOS, DNL, RSTn and TEM, which the decoder must handle
     */
    public boolean readTablesOrMisc(HuffmanTable[] dc, HuffmanTable[] ac, int[][] q) {
        switch (marker) {
            case Markers.DHT -> readHuffmanTables(dc, ac);
            case Markers.DQT -> readQuantizationTables(q);
            case Markers.DRI -> readRestartInterval();
            default -> {
                if (Markers.isStandalone(marker) || Markers.isSof(marker) || marker == Markers.SOS
                        || marker == Markers.DNL) {
                    return false;
                }
                skipSegment();
            }
        }
        return true;
    }

    /** Skips the current marker's segment, noting a JFIF APP0 or Adobe APP14 segment on the way. */
    public void skipSegment() {
        Segment s = segment();
        if (marker == Markers.APP0 && s.startsWith("JFIF\0")) {
            jfif = true;
        } else if (marker == Markers.APP14 && s.remaining() >= 12 && s.startsWith("Adobe")) {
            adobeTransform = s.byteAt(11);
        }
        pos = s.next;
    }

    /** Whether a JFIF APP0 segment was seen. */
    public boolean jfif() {
        return jfif;
    }

    /** The transform flag of an Adobe APP14 segment (0 none/RGB, 1 YCbCr, 2 YCCK), -1 when there was none. */
    public int adobeTransform() {
        return adobeTransform;
    }

    /** Where the entropy-coded data of the last scan header begin. */
    public int entropyStart() {
        check(entropyStart >= 0, "no scan header read");
        return entropyStart;
    }

    /**
     * Where the entropy-coded data of the last scan end: the first marker after them that is neither a stuffed
     * {@code FF 00} nor RSTn (fill bytes before it excluded), or the end of the data.
     */
    public int entropyEnd() {
        if (entropyEnd < 0) {
            entropyEnd = entropyEndFrom(entropyStart());
        }
        return entropyEnd;
    }

    /** Moves to {@link #entropyEnd()}, where the marker after the scan's data is. */
    public void skipEntropy() {
        pos = entropyEnd();
    }

    /**
     * Moves to {@link #entropyEnd()} as {@link #skipEntropy()} does, searching only from {@code from} on: a place
     * in the last scan's entropy-coded data, or just after them, that no stuffed {@code FF 00} or marker straddles,
     * such as where a {@link BitReader} over the data from {@link #entropyStart()} stopped taking bytes. A decoder
     * that has read the data so finds their end without going over them a second time.
     */
    public void skipEntropyFrom(int from) {
        check(from >= entropyStart() && from <= limit, "entropy-coded data searched from outside them");
        if (entropyEnd < 0) {
            entropyEnd = entropyEndFrom(from);
        }
        pos = entropyEnd;
    }

    private int entropyEndFrom(int p) {
        while (p + 1 < limit) {
            if (data[p] != (byte) 0xFF) {
                p++;
                continue;
            }
            int next = data[p + 1] & 0xFF;
            if (next == 0 || Markers.isRst(next)) {
                p += 2;
            } else if (next == 0xFF) {
                p++;
            } else {
                return p;
            }
        }
        return limit;
    }

    private void check(boolean ok, String what) {
        if (!ok) {
            throw new CodecFailure("invalid " + Markers.name(Math.max(marker, 0)) + " segment at byte offset "
                    + markerOffset + ": " + what);
        }
    }

    /**
     * Starts the current marker's segment: reads and checks its length. The reader's position moves to the
     * segment's contents and must be set to {@link #lastEnd} when they are read.
     */
    private Segment segment() {
        Segment s = Segment.at(data, pos, limit, marker, markerOffset);
        lastEnd = s.next;
        pos = s.start;
        return s;
    }
}
