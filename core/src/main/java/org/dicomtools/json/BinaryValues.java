// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Tags;
import org.dicomtools.data.Values;

/**
 * Binary values as byte streams for {@code InlineBinary}: values left in their file are streamed in chunks, and
 * encapsulated Pixel Data becomes its item stream.
 *
 * <p>PS3.18 F.2.7 defines InlineBinary as the base64 of the attribute's Value Field and gives no other form for
 * encapsulated Pixel Data, whose Value Field (undefined length, PS3.5 A.4) is the sequence of items. So the item
 * stream is what is encoded: the Basic Offset Table item (FFFE,E000) with its value (possibly empty), one item per
 * fragment, and the Sequence Delimitation Item (FFFE,E0DD) with length 0, all little-endian. Reading recognises it by
 * the leading item tag and a structure that parses exactly to its end. One deviation keeps our round trip exact: a
 * fragment held with an odd length (only possible for data built in code; fragments read from files are even) is
 * written with that odd item length and no padding byte.
 */
final class BinaryValues {
    private static final int HEADER = 8;
    private static final int CHUNK = 1 << 20;

    private BinaryValues() {
    }

    /** A stream of a value left in its file, read in chunks and turned little-endian. */
    static InputStream stream(BulkData bulk) {
        return new InputStream() {
            private long done;
            private byte[] chunk = new byte[0];
            private int pos;

            @Override
            public int read() {
                return fill() ? chunk[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, n);
                pos += n;
                return n;
            }

            private boolean fill() {
                if (pos < chunk.length) {
                    return true;
                }
                if (done >= bulk.length()) {
                    return false;
                }
                // Chunks are a multiple of 8 bytes, so byte swapping never splits a unit.
                int n = (int) Math.min(CHUNK, bulk.length() - done);
                chunk = bulk.read(done, n);
                done += n;
                pos = 0;
                return true;
            }
        };
    }

    /** Length of the item stream of {@link #encapsulated}. */
    static long encapsulatedLength(Fragments f) {
        long n = HEADER + f.basicOffsetTable().length + HEADER;
        for (int i = 0; i < f.size(); i++) {
            n += HEADER + f.fragmentLength(i);
        }
        return n;
    }

    /** The item stream of encapsulated Pixel Data (see the class comment), fragments left in files streamed. */
    static InputStream encapsulated(Fragments f) {
        List<InputStream> parts = new ArrayList<>(2 * f.size() + 3);
        byte[] bot = f.basicOffsetTable();
        parts.add(new ByteArrayInputStream(header(Tags.ITEM, bot.length)));
        parts.add(new ByteArrayInputStream(bot));
        for (int i = 0; i < f.size(); i++) {
            parts.add(new ByteArrayInputStream(header(Tags.ITEM, f.fragmentLength(i))));
            Object raw = f.rawFragment(i);
            parts.add(raw instanceof BulkData b ? stream(b) : new ByteArrayInputStream((byte[]) raw));
        }
        parts.add(new ByteArrayInputStream(header(Tags.SEQUENCE_DELIMITATION, 0)));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** The item stream of encapsulated Pixel Data in memory. */
    static byte[] encapsulatedBytes(Fragments f) throws IOException {
        try (InputStream in = encapsulated(f)) {
            return in.readAllBytes();
        }
    }

    private static byte[] header(int tag, long length) {
        byte[] h = new byte[HEADER];
        Values.putU16(h, 0, Tags.group(tag));
        Values.putU16(h, 2, Tags.element(tag));
        Values.putI32(h, 4, (int) length);
        return h;
    }

    /**
     * The fragments of an item stream, or {@code null} when the bytes are not exactly one: Basic Offset Table item,
     * fragment items, Sequence Delimitation Item with length 0 ending the bytes.
     */
    static Fragments parseEncapsulated(byte[] b) {
        if (b.length < 2 * HEADER || tagAt(b, 0) != Tags.ITEM) {
            return null;
        }
        List<byte[]> items = new ArrayList<>();
        int pos = 0;
        while (pos + HEADER <= b.length) {
            int tag = tagAt(b, pos);
            long len = Values.u32(b, pos + 4);
            pos += HEADER;
            if (tag == Tags.SEQUENCE_DELIMITATION) {
                return len == 0 && pos == b.length ? fragments(items) : null;
            }
            if (tag != Tags.ITEM || len > b.length - pos) {
                return null;
            }
            items.add(Arrays.copyOfRange(b, pos, pos + (int) len));
            pos += (int) len;
        }
        return null;
    }

    private static Fragments fragments(List<byte[]> items) {
        Fragments f = new Fragments(items.get(0));
        for (int i = 1; i < items.size(); i++) {
            f.add(items.get(i));
        }
        return f;
    }

    private static int tagAt(byte[] b, int pos) {
        return Values.u16(b, pos) << 16 | Values.u16(b, pos + 2);
    }
}
