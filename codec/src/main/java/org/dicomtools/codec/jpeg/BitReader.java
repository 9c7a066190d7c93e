// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
 * <p>Bits are buffered in a 64-bit word, the next bit highest. When the buffer runs low it takes the next 8 bytes
 * in one load and keeps as many whole bytes as fit, unless one of them is {@code FF} (a stuffed byte or a marker)
 * or the range ends within them; then, rarely, it goes byte by byte. {@link #position()} is the offset of the next
 * byte not yet buffered. Not thread-safe; one reader per scan.
 */
public final class BitReader {
    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    // data, end, pos, buf and bits are package-private so that the lossless decoding loops (DifferenceDecoder,
    // LosslessScanDecoder) can keep them in local variables while they run; they refill as fill() does.
    final byte[] data;
    final int end;
    int pos;
    /**
     * Buffered bits, the next one in bit 63: the top {@link #bits} bits. Below them there may be bits of the byte
     * at {@link #pos} and after, loaded early by {@link #fill()}; a later fill ORs the same bits there again, and a
     * byte-by-byte fill clears them first.
     */
    long buf;
    int bits;
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

    /** The 8 bytes of {@code data} from {@code p} on as a big-endian number. */
    static long word(byte[] data, int p) {
        return (long) BIG_ENDIAN_LONG.get(data, p);
    }

    /** Whether no byte of {@code w} is {@code FF}, so that no stuffing and no marker is among them. */
    static boolean plain(long w) {
        // ~w has a zero byte where w has FF; the usual zero-byte test on ~w.
        return ((~w - 0x0101010101010101L) & w & 0x8080808080808080L) == 0;
    }

    /** Buffers bytes until more than 56 bits are held. */
    void fill() {
        if (pos + 8 <= end) {
            long w = word(data, pos);
            if (plain(w)) {
                buf |= w >>> bits;
                pos += (63 - bits) >>> 3;
                bits |= 56;
                return;
            }
        }
        fillBytes();
    }

    /** {@link #fill()} byte by byte, for the bytes around {@code FF} and at the end of the range. */
    void fillBytes() {
        long b64 = bits == 0 ? 0 : buf & -1L << (64 - bits);
        int n = bits;
        while (n <= 56) {
            int b;
            if (pos < end && (b = data[pos] & 0xFF) != 0xFF) {
                pos++;
            } else {
                b = slowByte();
            }
            b64 |= (long) b << (56 - n);
            n += 8;
        }
        buf = b64;
        bits = n;
    }

    /**
     * The next byte to buffer when it is not a plain one (not {@code FF}, inside the range): the {@code FF} of a
     * stuffed {@code FF 00}, or a 0 standing in for data at a marker or the end of the range, which is then noted.
     */
    private int slowByte() {
        if (!markerHit) {
            if (pos + 1 < end && data[pos] == (byte) 0xFF && data[pos + 1] == 0) {
                pos += 2;
                return 0xFF;
            }
            markerHit = true;
        }
        padding += 8;
        return 0;
    }

    /** The next {@code n} bits (0 to 16) as an unsigned number. */
    public int bits(int n) {
        if (bits < n) {
            fill();
        }
        // Two shifts, so that n = 0 gives 0 (a shift by 64 would shift by nothing).
        int v = (int) (buf >>> 1 >>> (63 - n));
        buf <<= n;
        bits -= n;
        return v;
    }

    /** The next {@code n} bits (0 to 16) without consuming them; {@link #skip(int)} consumes them. */
    public int peek(int n) {
        if (bits < n) {
            fill();
        }
        return (int) (buf >>> 1 >>> (63 - n));
    }

    /** Consumes {@code n} bits that {@link #peek(int)} has just looked at (no more than it looked at). */
    public void skip(int n) {
        buf <<= n;
        bits -= n;
    }

    /** The next bit. */
    public int bit() {
        if (bits < 1) {
            fill();
        }
        int v = (int) (buf >>> 63);
        buf <<= 1;
        bits--;
        return v;
    }

    /**
     * Decodes one Huffman-coded symbol (T.81 F.2.2.3).
     *
     * @throws CodecFailure when the bits are no code of the table
     */
    public int decode(HuffmanTable table) {
        if (bits < 16) {
            fill();
        }
        int peek = (int) (buf >>> 48);
        int entry = table.lookup[peek >>> (16 - HuffmanTable.LOOKAHEAD)];
        if (entry == 0) {
            entry = table.decodeLong(peek);
            if (entry < 0) {
                throw new CodecFailure("invalid Huffman code near byte offset " + pos);
            }
        }
        int size = entry >>> 16;
        buf <<= size;
        bits -= size;
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
        return Math.max(0, padding - bits);
    }

    /**
     * Ends a restart interval: drops the bits left in the current byte (the coder's 1-bit padding) and anything up
     * to the next marker, which must be RST0-RST7 (after any fill bytes {@code FF}), and starts afresh after it.
     *
     * @return the restart marker's number, 0-7
     * @throws CodecFailure when the next marker is not a restart marker
     */
    public int restart() {
        buf = 0;
        bits = 0;
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
