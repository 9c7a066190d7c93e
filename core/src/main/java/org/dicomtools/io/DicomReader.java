// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.ByteSwap;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.DicomException;
import org.dicomtools.error.InputException;
import org.dicomtools.error.MalformedDicomException;
import org.dicomtools.error.NotDicomException;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * Reads DICOM files (PS3.10) and data sets (PS3.5) in every native transfer syntax: with or without preamble and
 * file meta, implicit or explicit VR, either byte order, deflated; defined and undefined lengths; encapsulated pixel
 * data. Recoverable faults are repaired and reported as {@link ReadWarning}s; anything else is a typed
 * {@link DicomException} with byte offset and tag path.
 *
 * <p>Never loads a value it cannot hold: declared lengths are checked against what is left in the file, values read
 * from streams grow as bytes actually arrive, and nesting depth is bounded.
 */
public final class DicomReader {
    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int MAX_DEPTH = 64;
    private static final int PIXEL_DATA = Tag.PixelData;

    private DicomInput in;
    private final Path path;
    private final ReadOptions options;
    private final ElementDictionary dict = ElementDictionary.standard();
    private final List<ReadWarning> warnings = new ArrayList<>();
    private boolean explicit = true;
    private boolean lazy;
    private boolean stopped;
    private long pixelDataOffset = -1;

    // Where we are, for messages: the sequence tags and item indices above the current element.
    private final int[] seqTags = new int[MAX_DEPTH + 1];
    private final int[] itemIndex = new int[MAX_DEPTH + 1];
    private int depth;
    private int currentTag = -1;

    private DicomReader(DicomInput in, Path path, ReadOptions options) {
        this.in = in;
        this.path = path;
        this.options = options;
        this.lazy = options.lazyBulkData() && in.seekable() && path != null;
    }

    /** Reads a file with {@link ReadOptions#DEFAULT}. */
    public static DicomFile read(Path file) {
        return read(file, ReadOptions.DEFAULT);
    }

    /**
     * Reads a file. The file is opened for reading only.
     *
     * @throws InputException            the file cannot be opened or read
     * @throws NotDicomException         the bytes are not DICOM
     * @throws MalformedDicomException   DICOM that cannot be parsed past a point
     */
    public static DicomFile read(Path file, ReadOptions options) {
        FileChannel channel;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException("is a directory", null);
            }
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied", e);
        } catch (IOException e) {
            throw new InputException("cannot open: " + e.getMessage(), e);
        }
        try (DicomInput input = new DicomInput.ChannelInput(channel)) {
            return new DicomReader(input, file.toAbsolutePath().normalize(), options).readFile();
        } catch (IOException e) {
            throw new InputException("read error: " + e.getMessage(), e);
        }
    }

    /** Reads from a stream (values are always loaded into memory). The stream is not closed. */
    public static DicomFile read(InputStream stream, ReadOptions options) {
        DicomInput input = new DicomInput.StreamInput(stream);
        try {
            return new DicomReader(input, null, options).readFile();
        } catch (IOException e) {
            throw new InputException("read error: " + e.getMessage(), e);
        }
    }

    private DicomFile readFile() throws IOException {
        try {
            return parse();
        } catch (EOFException e) {
            throw malformed("file ends unexpectedly");
        } catch (ZipException e) {
            throw malformed("corrupt deflated data set: " + e.getMessage());
        } catch (InflateLimitException e) {
            throw malformed(e.getMessage());
        }
    }

    private DicomFile parse() throws IOException {
        if (!in.ensure(1)) {
            throw new NotDicomException("empty file");
        }
        byte[] preamble = null;
        if (in.ensure(132) && isDicm(128)) {
            preamble = new byte[128];
            in.readFully(preamble, 0, 128);
            in.skip(4);
        } else if (in.ensure(4) && isDicm(0)) {
            warn(0, "'DICM' prefix without the 128-byte preamble");
            in.skip(4);
        }

        DataSet meta = new DataSet(12);
        if (in.ensure(8) && leGroup() == 0x0002) {
            readMeta(meta);
        } else if (preamble != null) {
            warn(in.position(), "no file meta information group after the 'DICM' prefix");
        }

        String tsUid = meta.getString(Tag.TransferSyntaxUID);
        TransferSyntax declared = TransferSyntaxes.lookup(tsUid);
        if (!meta.isEmpty() && tsUid == null) {
            warn(in.position(), "file meta has no (0002,0010) TransferSyntaxUID; encoding detected from the data");
        } else if (tsUid != null && declared == null) {
            warn(in.position(), "unknown transfer syntax UID '" + tsUid + "'; encoding detected from the data");
        }

        TransferSyntax ts = declared;
        if (ts != null && ts.deflated()) {
            in = new DicomInput.StreamInput(inflate(in));
            lazy = false;
        }
        DataSet dataSet = new DataSet(64);
        if (!in.ensure(8)) {
            if (in.buffered() > 0) {
                warn(in.position(), "trailing " + in.buffered() + " bytes after the file meta ignored");
            }
            if (preamble == null && meta.isEmpty()) {
                throw new NotDicomException("not DICOM: too short to hold a data element");
            }
            return result(preamble, meta, dataSet, ts == null ? TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN : ts);
        }
        TransferSyntax detected = ts == null ? EncodingDetection.detect(in, preamble != null || !meta.isEmpty())
                : EncodingDetection.confirm(in, ts);
        if (detected != ts) {
            if (ts != null) {
                warn(in.position(), "data set is encoded as " + detected.name() + " although the file meta says "
                        + ts.name() + "; read as " + detected.name());
            }
            ts = detected;
        }
        explicit = ts.explicitVR();
        in.bigEndian = ts.bigEndian();
        readDataSet(dataSet, -1, false);
        return result(preamble, meta, dataSet, ts);
    }

    private DicomFile result(byte[] preamble, DataSet meta, DataSet ds, TransferSyntax ts) {
        return new DicomFile(path, preamble, meta, ds, ts, pixelDataOffset, stopped, warnings);
    }

    private boolean isDicm(int at) {
        return in.peekU8(at) == 'D' && in.peekU8(at + 1) == 'I' && in.peekU8(at + 2) == 'C' && in.peekU8(at + 3) == 'M';
    }

    private int leGroup() {
        return in.peekU8(0) | in.peekU8(1) << 8;
    }

    /** File meta: explicit VR little endian (PS3.10 7.1), read while the group is 0002. */
    private void readMeta(DataSet meta) throws IOException {
        in.bigEndian = false;
        explicit = VR.ofCode(in.peekU8(4), in.peekU8(5)) != null;
        if (!explicit) {
            warn(in.position(), "file meta information is encoded with implicit VR");
        }
        while (in.ensure(8) && leGroup() == 0x0002) {
            readElement(meta, false);
        }
        explicit = true;
        currentTag = -1;
    }

    private InputStream inflate(DicomInput source) {
        // PS3.5 A.5: the data set after the file meta is a raw deflate stream (no zlib header).
        InputStream inflated = new InflaterInputStream(source.rest(), new Inflater(true), 64 * 1024);
        return new LimitedInputStream(inflated, options.maxInflatedBytes());
    }

    /** Reads elements into {@code ds} until {@code end} (absolute offset), an item delimiter, or the end of input. */
    private void readDataSet(DataSet ds, long end, boolean undefinedItem) throws IOException {
        while (!stopped) {
            if (end >= 0 && in.position() >= end) {
                if (in.position() > end) {
                    throw malformed("item content runs past the item's length by " + (in.position() - end) + " bytes");
                }
                return;
            }
            if (!in.ensure(8)) {
                if (undefinedItem) {
                    throw malformed("file ends inside an item of undefined length");
                }
                if (end >= 0) {
                    throw malformed("file ends inside an item");
                }
                if (in.buffered() > 0) {
                    warn(in.position(), "trailing " + in.buffered() + " bytes after the data set ignored");
                    in.skip(in.buffered());
                }
                return;
            }
            int tag = in.peekU16(0) << 16 | in.peekU16(2);
            if (tag == Tags.ITEM_DELIMITATION) {
                in.skip(8);
                if (undefinedItem) {
                    return;
                }
                warn(in.position() - 8, "stray item delimitation item ignored");
                continue;
            }
            if (tag == Tags.SEQUENCE_DELIMITATION) {
                in.skip(8);
                warn(in.position() - 8, "stray sequence delimitation item ignored");
                continue;
            }
            if (depth == 0 && end < 0 && isTrailingGarbage(ds, tag)) {
                return;
            }
            readElement(ds, depth == 0);
        }
    }

    /**
     * At top level, bytes after a complete data set that cannot be an element (zero padding, or a tag going
     * backwards or following Pixel Data whose header is implausible) are trailing garbage: ignored with a warning
     * rather than failing the whole file. An out-of-order element with a sound header is read, with a warning.
     */
    private boolean isTrailingGarbage(DataSet ds, int tag) throws IOException {
        if (ds.isEmpty()) {
            return false;
        }
        int last = ds.elementAt(ds.size() - 1).tag();
        boolean backwards = Integer.compareUnsigned(tag, last) <= 0;
        boolean afterPixels = ds.contains(PIXEL_DATA) && Integer.compareUnsigned(tag, PIXEL_DATA) > 0
                && Tags.group(tag) != 0xFFFA && Tags.group(tag) != 0xFFFC;
        if (!backwards && !afterPixels) {
            return false;
        }
        long left = in.remaining();
        if (tag != 0 && plausibleLength(left)) {
            if (backwards) {
                boolean duplicate = ds.contains(tag);
                warn(in.position(), (duplicate ? "duplicate element " : "element out of order: ")
                        + Tags.format(tag) + (duplicate ? "; the later value is kept" : " after " + Tags.format(last)));
            }
            return false;
        }
        warn(in.position(), (left == Long.MAX_VALUE ? "trailing bytes" : "trailing " + left + " bytes")
                + " after the data set ignored (" + Tags.format(tag) + " is not a valid next element)");
        skipToEnd();
        return true;
    }

    private boolean plausibleLength(long left) throws IOException {
        VR vr = explicit ? VR.ofCode(in.peekU8(4), in.peekU8(5)) : VR.UN;
        if (vr == null) {
            return false;
        }
        long len;
        if (explicit && !vr.longHeader()) {
            len = in.peekU16(6);
        } else if (!explicit) {
            len = in.peekI32(4) & 0xFFFFFFFFL;
        } else {
            len = in.ensure(12) ? in.peekI32(8) & 0xFFFFFFFFL : -1;
        }
        return len == UNDEFINED || len >= 0 && len <= left;
    }

    private void skipToEnd() throws IOException {
        while (in.ensure(1)) {
            in.skip(in.buffered());
        }
    }

    private void readElement(DataSet ds, boolean topLevel) throws IOException {
        long offset = in.position();
        in.require(8);
        int tag = in.tag();
        currentTag = tag;
        VR vr;
        long len;
        if (explicit) {
            VR declared = VR.ofCode(in.peekU8(0), in.peekU8(1));
            if (declared == null) {
                vr = implicitVR(tag, ds);
                warn(offset, String.format("invalid VR bytes %02X %02X; read with the dictionary VR %s and a 32-bit length",
                        in.peekU8(0), in.peekU8(1), vr));
                len = in.u32();
            } else if (declared.longHeader()) {
                in.require(8);
                in.skip(4);
                vr = declared;
                len = in.u32();
            } else {
                in.skip(2);
                vr = declared;
                len = in.u16();
            }
        } else {
            vr = implicitVR(tag, ds);
            len = in.u32();
        }

        if (len == UNDEFINED) {
            readUndefinedLength(ds, tag, vr, offset);
            return;
        }
        long left = in.remaining();
        if (len > left) {
            throw malformed("value length " + len + " of " + Tags.format(tag) + " exceeds the " + left
                    + " bytes left in the file");
        }
        if (vr == VR.SQ) {
            readSequence(ds, tag, in.position() + len, false);
            return;
        }
        if (topLevel && isPixelData(tag)) {
            pixelDataOffset = offset;
            if (options.stopBeforePixelData()) {
                stopped = true;
                return;
            }
        }
        if ((len & 1) == 1) {
            warn(offset, "odd value length " + len + " of " + Tags.format(tag) + " tolerated");
        }
        if (explicit && vr == VR.UN) {
            VR known = dict.vrOf(tag);
            if (known != VR.UN && known != VR.SQ && !Tags.isPrivate(tag)) {
                // The value of UN is encoded as in implicit VR little endian (PS3.5 6.2.2), so it reads as the
                // dictionary's VR directly.
                warn(offset, "VR UN of known element " + Tags.format(tag) + " replaced by " + known);
                vr = in.bigEndian ? VR.UN : known;
            }
        }
        ds.put(readValue(tag, vr, len, offset));
    }

    private static boolean isPixelData(int tag) {
        return tag == PIXEL_DATA || tag == Tag.FloatPixelData || tag == Tag.DoubleFloatPixelData;
    }

    private Element readValue(int tag, VR vr, long len, long offset) throws IOException {
        int swap = in.bigEndian ? vr.unitSize() : 1;
        boolean bulk = vr.kind() == VR.Kind.BULK || isPixelData(tag);
        if (lazy && bulk && (len >= options.bulkDataThreshold() || isPixelData(tag) && depth == 0)) {
            BulkData data = new BulkData(path, in.position(), len, swap);
            in.skip(len);
            return Element.ofBulkData(tag, vr, data);
        }
        byte[] value = readBytes(len);
        if (swap > 1) {
            ByteSwap.swap(value, 0, value.length, swap);
        }
        return Element.ofBytes(tag, vr, value);
    }

    /**
     * Reads a value of {@code len} bytes. From a stream whose size is unknown, the array grows as bytes arrive, so a
     * lying length ends in an EOF rather than a huge allocation.
     */
    private byte[] readBytes(long len) throws IOException {
        if (len > Integer.MAX_VALUE - 16) {
            throw malformed("value of " + len + " bytes is too large to hold in memory");
        }
        int n = (int) len;
        if (in.size() >= 0 || n <= 1 << 20) {
            byte[] out = new byte[n];
            in.readFully(out, 0, n);
            return out;
        }
        byte[] out = new byte[1 << 20];
        int done = 0;
        while (done < n) {
            if (done == out.length) {
                out = java.util.Arrays.copyOf(out, (int) Math.min(n, (long) out.length * 2));
            }
            int chunk = Math.min(out.length, n) - done;
            in.readFully(out, done, chunk);
            done += chunk;
        }
        return out;
    }

    private void readUndefinedLength(DataSet ds, int tag, VR vr, long offset) throws IOException {
        if (vr == VR.SQ) {
            readSequence(ds, tag, -1, false);
        } else if (vr == VR.UN || !explicit && dict.vrOf(tag) == VR.UN) {
            // CP-246: UN with undefined length holds a sequence encoded in implicit VR little endian.
            readSequence(ds, tag, -1, explicit);
        } else if (isPixelData(tag) || vr == VR.OB || vr == VR.OW) {
            if (depth == 0 && isPixelData(tag)) {
                pixelDataOffset = offset;
                if (options.stopBeforePixelData()) {
                    stopped = true;
                    return;
                }
            }
            readFragments(ds, tag, vr);
        } else {
            throw malformed("undefined length on a " + vr + " element");
        }
    }

    private void readSequence(DataSet parent, int tag, long end, boolean implicitInside) throws IOException {
        if (depth >= MAX_DEPTH) {
            throw malformed("sequences nested deeper than " + MAX_DEPTH + " levels");
        }
        boolean savedExplicit = explicit;
        if (implicitInside) {
            explicit = false;
        }
        Sequence seq = new Sequence();
        seqTags[depth] = tag;
        depth++;
        try {
            int index = 0;
            while (true) {
                if (end >= 0 && in.position() >= end) {
                    break;
                }
                itemIndex[depth - 1] = index;
                currentTag = -1;
                if (!in.ensure(8)) {
                    throw malformed(end < 0
                            ? "file ends inside a sequence of undefined length (no sequence delimitation item)"
                            : "file ends inside a sequence");
                }
                long itemOffset = in.position();
                int itemTag = in.tag();
                long itemLen = in.u32();
                if (itemTag == Tags.SEQUENCE_DELIMITATION) {
                    if (end >= 0) {
                        warn(itemOffset, "sequence delimitation item inside a sequence of defined length");
                    }
                    break;
                }
                if (itemTag == Tags.ITEM_DELIMITATION) {
                    warn(itemOffset, "stray item delimitation item in a sequence ignored");
                    continue;
                }
                if (itemTag != Tags.ITEM) {
                    throw malformed("expected an item (FFFE,E000) but found " + Tags.format(itemTag));
                }
                DataSet item = DataSet.item(parent);
                if (itemLen == UNDEFINED) {
                    readDataSet(item, -1, true);
                } else {
                    if (itemLen > in.remaining()) {
                        throw malformed("item length " + itemLen + " exceeds the " + in.remaining() + " bytes left");
                    }
                    readDataSet(item, in.position() + itemLen, false);
                }
                seq.add(item);
                index++;
            }
            if (end >= 0 && in.position() > end) {
                throw malformed("sequence items run past the sequence's length by " + (in.position() - end)
                        + " bytes");
            }
        } finally {
            depth--;
            explicit = savedExplicit;
        }
        currentTag = tag;
        parent.put(Element.ofSequence(tag, seq));
    }

    /** Encapsulated pixel data (PS3.5 A.4): Basic Offset Table item, fragment items, sequence delimiter. */
    private void readFragments(DataSet ds, int tag, VR vr) throws IOException {
        Fragments fragments = new Fragments();
        boolean first = true;
        while (true) {
            if (!in.ensure(8)) {
                throw malformed("file ends inside encapsulated pixel data (no sequence delimitation item)");
            }
            long itemOffset = in.position();
            int itemTag = in.tag();
            long itemLen = in.u32();
            if (itemTag == Tags.SEQUENCE_DELIMITATION) {
                break;
            }
            if (itemTag != Tags.ITEM) {
                throw malformed("expected a fragment item (FFFE,E000) but found " + Tags.format(itemTag));
            }
            if (itemLen == UNDEFINED || itemLen > in.remaining()) {
                throw malformed("fragment length " + (itemLen == UNDEFINED ? "undefined" : itemLen)
                        + " exceeds the bytes left");
            }
            if (first) {
                fragments.setBasicOffsetTable(readBytes(itemLen));
                first = false;
            } else if (lazy) {
                fragments.add(new BulkData(path, in.position(), itemLen));
                in.skip(itemLen);
            } else {
                fragments.add(readBytes(itemLen));
            }
            if ((itemLen & 1) == 1) {
                warn(itemOffset, "odd fragment length " + itemLen + " tolerated");
            }
        }
        ds.put(Element.ofFragments(tag, vr, fragments));
    }

    /** VR for implicit VR encoding: the dictionary's, resolving US/SS by Pixel Representation (PS3.5 A.1). */
    private VR implicitVR(int tag, DataSet ds) {
        if (tag == PIXEL_DATA) {
            return VR.OW;
        }
        VR vr = dict.vrOf(tag);
        if (vr == VR.US && isUsOrSs(tag) && ds.getInt(Tag.PixelRepresentation, 0) == 1) {
            return VR.SS;
        }
        return vr;
    }

    private boolean isUsOrSs(int tag) {
        var entry = dict.lookup(tag);
        return entry != null && entry.vrs().contains(VR.SS);
    }

    private void warn(long offset, String message) {
        warnings.add(new ReadWarning(offset, tagPath(), message));
    }

    private MalformedDicomException malformed(String problem) {
        return new MalformedDicomException(problem, in.position(), tagPath());
    }

    private String tagPath() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(Tags.format(seqTags[i])).append('[').append(itemIndex[i]).append("]>");
        }
        if (currentTag != -1) {
            sb.append(Tags.format(currentTag));
        } else if (sb.length() > 0) {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }
}
