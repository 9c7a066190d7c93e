// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.ByteSwap;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * Writes Part 10 files (PS3.10 7) and data sets (PS3.5 7) in any native transfer syntax: even value lengths with the
 * padding of each VR, defined or undefined sequence lengths, encapsulated pixel data kept as it is, bulk data copied
 * from its file and streamed values written as they are made, never whole in memory ({@link LargeValues}). Group
 * lengths present in the data set are recomputed.
 */
public final class DicomWriter {
    private static final long UNDEFINED = 0xFFFFFFFFL;

    private final OutputStream out;
    private final boolean explicit;
    private final boolean bigEndian;
    private final WriteOptions options;
    private final byte[] header = new byte[12];

    private DicomWriter(OutputStream out, boolean explicit, boolean bigEndian, WriteOptions options) {
        this.out = out;
        this.explicit = explicit;
        this.bigEndian = bigEndian;
        this.options = options;
    }

    /**
     * Writes a Part 10 file atomically (temporary file in the target folder, then renamed). The file meta is built
     * anew by {@link FileMeta#create} for {@code ts}.
     *
     * @throws org.dicomtools.error.OutputException when the file cannot be written
     */
    public static void write(Path target, DicomFile file, TransferSyntax ts, WriteOptions options) {
        DataSet meta = FileMeta.create(file.fileMeta(), file.dataSet(), ts);
        AtomicFile.write(target, out -> write(out, meta, file.dataSet(), ts, options));
    }

    /** Writes a Part 10 file in the transfer syntax it was read with. */
    public static void write(Path target, DicomFile file) {
        write(target, file, file.transferSyntax(), WriteOptions.DEFAULT);
    }

    /** Writes preamble, 'DICM', the given meta group (group length computed) and the data set to a stream. */
    public static void write(OutputStream out, DataSet meta, DataSet dataSet, TransferSyntax ts, WriteOptions options)
            throws IOException {
        if (ts.encapsulated() && !ts.explicitVR() || !ts.isNative() && !ts.pixelCodec()) {
            throw new IllegalArgumentException("cannot write data sets in " + ts);
        }
        if (options.preamble()) {
            out.write(new byte[128]);
            out.write(new byte[] {'D', 'I', 'C', 'M'});
        }
        writeMeta(out, meta);
        writeDataSet(out, dataSet, ts, options);
    }

    /** Writes the meta group: always explicit VR little endian, (0002,0000) computed (PS3.10 7.1). */
    static void writeMeta(OutputStream out, DataSet meta) throws IOException {
        DicomWriter w = new DicomWriter(out, true, false, WriteOptions.DEFAULT);
        long groupLength = 0;
        for (Element e : meta) {
            if (e.tag() != 0x00020000) {
                groupLength += w.encodedLength(e);
            }
        }
        w.writeHeader(0x00020000, VR.UL, 4);
        byte[] gl = new byte[4];
        org.dicomtools.data.Values.putI32(gl, 0, (int) groupLength);
        out.write(gl);
        for (Element e : meta) {
            if (e.tag() != 0x00020000) {
                w.writeElement(e);
            }
        }
    }

    /** Writes a data set alone (no preamble, no meta) in the encoding of {@code ts}; deflates when it says so. */
    public static void writeDataSet(OutputStream out, DataSet dataSet, TransferSyntax ts, WriteOptions options)
            throws IOException {
        if (ts.deflated()) {
            Deflater deflater = new Deflater(options.deflateLevel(), true);
            try {
                DeflaterOutputStream dout = new DeflaterOutputStream(new NonClosingOutputStream(out), deflater, 64 * 1024);
                new DicomWriter(dout, true, false, options).writeItemContent(dataSet);
                dout.finish();
            } finally {
                deflater.end();
            }
            return;
        }
        new DicomWriter(out, ts.explicitVR(), ts.bigEndian(), options).writeItemContent(dataSet);
    }

    private void writeItemContent(DataSet ds) throws IOException {
        int n = ds.size();
        for (int i = 0; i < n; i++) {
            Element e = ds.elementAt(i);
            if (Tags.isGroupLength(e.tag()) && Tags.group(e.tag()) != 0x0002) {
                writeGroupLength(ds, i, e);
            } else {
                writeElement(e);
            }
        }
    }

    private void writeGroupLength(DataSet ds, int index, Element e) throws IOException {
        int group = Tags.group(e.tag());
        long length = 0;
        for (int j = index + 1; j < ds.size() && Tags.group(ds.elementAt(j).tag()) == group; j++) {
            length += encodedLength(ds.elementAt(j));
        }
        writeHeader(e.tag(), VR.UL, 4);
        writeU32(length);
    }

    private void writeElement(Element e) throws IOException {
        int tag = e.tag();
        VR vr = e.vr();
        if (e.isSequence()) {
            writeSequence(tag, e.sequence());
        } else if (e.isFragments()) {
            writeFragments(tag, vr, e.fragments());
        } else {
            long len = e.length();
            long padded = len + (len & 1);
            if (explicit && !vr.longHeader() && padded > 0xFFFF) {
                // A value too long for a 16-bit length is written as UN (PS3.5 6.2.2 note 4).
                vr = VR.UN;
            }
            writeHeader(tag, vr, padded);
            writeValue(e, vr, len);
        }
    }

    private void writeValue(Element e, VR vr, long len) throws IOException {
        int unit = bigEndian ? e.vr().unitSize() : 1;
        if (e.bulkData() != null) {
            LargeValues.copy(e.bulkData(), unit, out);
        } else if (e.streamed() != null) {
            LargeValues.write(e.streamed(), unit, out);
        } else {
            byte[] b = e.bytes();
            if (unit > 1) {
                b = b.clone();
                ByteSwap.swap(b, 0, b.length, unit);
            }
            out.write(b);
        }
        if ((len & 1) == 1) {
            out.write(vr.padding());
        }
    }

    private void writeSequence(int tag, Sequence seq) throws IOException {
        boolean undefined = options.undefinedSequenceLength();
        writeHeader(tag, VR.SQ, undefined ? UNDEFINED : sequenceLength(seq));
        for (DataSet item : seq) {
            boolean undefinedItem = options.undefinedItemLength();
            writeRawHeader(Tags.ITEM, undefinedItem ? UNDEFINED : itemContentLength(item));
            writeItemContent(item);
            if (undefinedItem) {
                writeRawHeader(Tags.ITEM_DELIMITATION, 0);
            }
        }
        if (undefined) {
            writeRawHeader(Tags.SEQUENCE_DELIMITATION, 0);
        }
    }

    /** PS3.5 A.4: undefined length, Basic Offset Table item, fragment items (even lengths), delimiter. */
    private void writeFragments(int tag, VR vr, Fragments f) throws IOException {
        writeHeader(tag, vr == VR.OW ? VR.OW : VR.OB, UNDEFINED);
        byte[] bot = f.basicOffsetTable();
        writeRawHeader(Tags.ITEM, bot.length);
        out.write(bot);
        for (int i = 0; i < f.size(); i++) {
            long len = f.fragmentLength(i);
            writeRawHeader(Tags.ITEM, len + (len & 1));
            Object raw = f.rawFragment(i);
            if (raw instanceof BulkData b) {
                LargeValues.copy(b, 1, out);
            } else {
                out.write((byte[]) raw);
            }
            if ((len & 1) == 1) {
                out.write(0);
            }
        }
        writeRawHeader(Tags.SEQUENCE_DELIMITATION, 0);
    }

    // ---- lengths for defined-length encoding ----

    private long encodedLength(Element e) {
        if (e.isSequence()) {
            long content = options.undefinedSequenceLength() ? sequenceLength(e.sequence()) + 8
                    : sequenceLength(e.sequence());
            return headerLength(VR.SQ) + content;
        }
        if (e.isFragments()) {
            Fragments f = e.fragments();
            long n = 8 + f.basicOffsetTable().length + 8;
            for (int i = 0; i < f.size(); i++) {
                long len = f.fragmentLength(i);
                n += 8 + len + (len & 1);
            }
            return headerLength(e.vr()) + n;
        }
        long len = e.length();
        long padded = len + (len & 1);
        VR vr = explicit && !e.vr().longHeader() && padded > 0xFFFF ? VR.UN : e.vr();
        return headerLength(vr) + padded;
    }

    private long sequenceLength(Sequence seq) {
        long n = 0;
        for (DataSet item : seq) {
            n += 8 + itemContentLength(item) + (options.undefinedItemLength() ? 8 : 0);
        }
        return n;
    }

    private long itemContentLength(DataSet item) {
        long n = 0;
        for (Element e : item) {
            n += encodedLength(e);
        }
        return n;
    }

    private int headerLength(VR vr) {
        return !explicit ? 8 : vr.longHeader() ? 12 : 8;
    }

    // ---- headers ----

    private void writeHeader(int tag, VR vr, long len) throws IOException {
        putTag(tag);
        if (!explicit) {
            put32(4, len);
            out.write(header, 0, 8);
        } else if (vr.longHeader()) {
            header[4] = (byte) vr.name().charAt(0);
            header[5] = (byte) vr.name().charAt(1);
            header[6] = 0;
            header[7] = 0;
            put32(8, len);
            out.write(header, 0, 12);
        } else {
            header[4] = (byte) vr.name().charAt(0);
            header[5] = (byte) vr.name().charAt(1);
            put16(6, (int) len);
            out.write(header, 0, 8);
        }
    }

    /** Item and delimiter headers: tag and 32-bit length, no VR in any syntax (PS3.5 7.5). */
    private void writeRawHeader(int tag, long len) throws IOException {
        putTag(tag);
        put32(4, len);
        out.write(header, 0, 8);
    }

    private void writeU32(long v) throws IOException {
        put32(0, v);
        out.write(header, 0, 4);
    }

    private void putTag(int tag) {
        put16(0, tag >>> 16);
        put16(2, tag);
    }

    private void put16(int at, int v) {
        if (bigEndian) {
            header[at] = (byte) (v >>> 8);
            header[at + 1] = (byte) v;
        } else {
            header[at] = (byte) v;
            header[at + 1] = (byte) (v >>> 8);
        }
    }

    private void put32(int at, long v) {
        if (bigEndian) {
            header[at] = (byte) (v >>> 24);
            header[at + 1] = (byte) (v >>> 16);
            header[at + 2] = (byte) (v >>> 8);
            header[at + 3] = (byte) v;
        } else {
            header[at] = (byte) v;
            header[at + 1] = (byte) (v >>> 8);
            header[at + 2] = (byte) (v >>> 16);
            header[at + 3] = (byte) (v >>> 24);
        }
    }

    /** The default syntax for new files: Explicit VR Little Endian. */
    public static TransferSyntax defaultSyntax() {
        return TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
    }
}
