// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.CodecFailure;

/**
 * Reads the bits of an entropy-coded segment, most significant first, from a byte range of a codestream.
 *
 * <p>A stuffed {@code FF 00} reads as the byte {@code FF} (T.81 B.1.1.5, F.1.2.3). At any other marker, and at the
 * end of the range, the reader stops taking bytes and supplies 0-bits instead, the convention T.81 states for
 * arithmetic decoders (Annex D, with the Flush procedure) and that Huffman decoders follow too, so a decoder never
 * reads into a marker; {@link #markerHit()} then says so and {@link #paddingBits()} how many such bits were
 * consumed, which a decoder can use to reject a stream that ends too early. {@link #restart()} moves past a
 * restart marker.
 *
 * <p>Bits are buffered 64 at a time and bytes loaded one by one, so {@link #position()} is the offset of the next
 * byte not yet buffered. Not thread-safe; one reader per scan.
 */
public final class BitReader {
    private final byte[] data;
    private final int end;
    private int pos;
    /** Buffered bits: the low {@link #count} bits of it, oldest highest. */
    private long acc;
    private int count;
    private boolean markerHit;
    /** 0-bits buffered past a marker or the end of the range. */
    private long padding;

    /**
     * A reader over {@code data[start..end)}.
     *
     * @throws IllegalArgumentException when the range is not inside {@code data}
     */
    public BitReader(byte[] data, int start, int end) {
        if (start < 0 || end > data.length || start > end) {
            throw new IllegalArgumentException("range " + start + ".." + end + " outside 0.." + data.length);
        }
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    /** Buffers bytes until more than 56 bits are held. */
    private void fill() {
        while (count <= 56) {
            int b = 0;
            if (!markerHit) {
                if (pos < end) {
                    b = data[pos] & 0xFF;
                    if (b != 0xFF) {
                        pos++;
                    } else if (pos + 1 < end && data[pos + 1] == 0) {
                        pos += 2;
                    } else {
                        markerHit = true;
                        b = 0;
                    }
                } else {
                    markerHit = true;
                }
            }
            if (markerHit) {
                padding += 8;
            }
            acc = acc << 8 | b;
            count += 8;
        }
    }

    /** The next {@code n} bits (0 to 16) as an unsigned number. */
    public int bits(int n) {
        if (count < n) {
            fill();
        }
        count -= n;
        return (int) (acc >>> count) & ((1 << n) - 1);
    }

    /** The next {@code n} bits (0 to 16) without consuming them; {@link #skip(int)} consumes them. */
    public int peek(int n) {
        if (count < n) {
            fill();
        }
        return (int) (acc >>> (count - n)) & ((1 << n) - 1);
    }

    /** Consumes {@code n} bits that {@link #peek(int)} has just looked at (no more than it looked at). */
    public void skip(int n) {
        count -= n;
    }

    /** The next bit. */
    public int bit() {
        if (count < 1) {
            fill();
        }
        count--;
        return (int) (acc >>> count) & 1;
    }

    /**
     * Decodes one Huffman-coded symbol (T.81 F.2.2.3).
     *
     * @throws CodecFailure when the bits are no code of the table
     */
    public int decode(HuffmanTable table) {
        if (count < 16) {
            fill();
        }
        int peek = (int) (acc >>> (count - 16)) & 0xFFFF;
        int entry = table.lookup[peek >>> (16 - HuffmanTable.LOOKAHEAD)];
        if (entry == 0) {
            entry = table.decodeLong(peek);
            if (entry < 0) {
                throw new CodecFailure("invalid Huffman code near byte offset " + pos);
            }
        }
        count -= entry >>> 16;
        return entry & 0xFFFF;
    }

    /**
     * T.81 F.2.2.1 EXTEND: the signed value of the {@code t} additional bits {@code v} of a category-{@code t}
     * difference or coefficient. {@code t} is 0 to 16; category 0 is the value 0.
     */
    public static int extend(int v, int t) {
        return t == 0 ? 0 : v < (1 << (t - 1)) ? v - (1 << t) + 1 : v;
    }

    /** The offset of the next byte not yet taken into the bit buffer. */
    public int position() {
        return pos;
    }

    /** Whether the reader has reached a marker (or the end of its range) and is supplying 0-bits. */
    public boolean markerHit() {
        return markerHit;
    }

    /** How many supplied 0-bits have been consumed beyond the data (0 while the data lasts). */
    public long paddingBits() {
        return Math.max(0, padding - count);
    }

    /**
     * Ends a restart interval: drops the bits left in the current byte (the coder's 1-bit padding) and anything up
     * to the next marker, which must be RST0-RST7 (after any fill bytes {@code FF}), and starts afresh after it.
     *
     * @return the restart marker's number, 0-7
     * @throws CodecFailure when the next marker is not a restart marker
     */
    public int restart() {
        acc = 0;
        count = 0;
        padding = 0;
        markerHit = false;
        while (pos < end) {
            if (data[pos] == (byte) 0xFF && pos + 1 < end && data[pos + 1] != 0) {
                int p = pos + 1;
                while (p < end && data[p] == (byte) 0xFF) {
                    p++;
                }
                if (p < end && Markers.isRst(data[p] & 0xFF)) {
                    pos = p + 1;
                    return (data[p] & 0xFF) - Markers.RST0;
                }
                String found = p < end ? Markers.name(data[p] & 0xFF) : "end of data";
                throw new CodecFailure("expected a restart marker at byte offset " + pos + ", found " + found);
            }
            pos++;
        }
        throw new CodecFailure("expected a restart marker at byte offset " + pos + ", found end of data");
    }
}
