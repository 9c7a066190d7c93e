// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.Arrays;
import org.dicomtools.codec.CodecFailure;

/**
 * Entropy-decodes the differences of a lossless scan (T.81 H.1.2.2: a Huffman-coded category SSSS, then SSSS
 * additional bits read as F.2.2.1 EXTEND says; category 16 is the difference 32768 and has none), a run of them
 * at a time.
 *
 * <p>A table indexed by the next {@value #FAST_BITS} bits gives the difference and the number of bits it takes
 * whenever its code and additional bits both fit there, which is 94% of the differences of a CT image; 12 bits
 * is where a larger table stops paying for the cache it takes. Then decoding a difference is one table load and
 * a shift. Where only the code fits, the entry gives the category and the code's length and the additional bits
 * are read after it; longer codes, and invalid ones, take {@link #slow}.
 *
 * <p>Decoding is bound by the number of instructions per difference more than by anything else, so the loops keep
 * the {@link BitReader}'s state in local variables, refill it only when fewer than 32 bits are left (one
 * difference takes at most 31: a 16-bit code and 15 additional bits), and store differences biased by 2^16 so
 * that no instruction removes the bias: sample arithmetic is modulo 2^(P-Pt), which 2^16 is a multiple of.
 * Instances are immutable, one per Huffman table.
 */
final class DifferenceDecoder {
    /** Bits the table looks at. */
    static final int FAST_BITS = 12;
    /** What the biased differences of {@link #fast} entries are over the differences. */
    static final int BIAS = 1 << 16;

    private final HuffmanTable table;
    /**
     * For each {@value #FAST_BITS}-bit string (package-private for the loop of LosslessScanDecoder.decodePlane):
     * <ul>
     *   <li>when it starts with a code and all its additional bits: {@code (difference + BIAS) << 8 | bits taken},
     *   positive;</li>
     *   <li>when it starts with a code of category 1-15 whose additional bits go beyond:
     *   {@code Integer.MIN_VALUE | category << 8 | code length}, negative;</li>
     *   <li>0 when it starts with no code that short or one of a category over 16.</li>
     * </ul>
     */
    final int[] fast = new int[1 << FAST_BITS];

    DifferenceDecoder(HuffmanTable table) {
        this.table = table;
        for (int t = 0; t <= 16; t++) {
            int size = table.size(t);
            if (size == 0 || size > FAST_BITS) {
                continue;
            }
            int extra = t == 16 ? 0 : t;
            int prefix = table.code(t) << (FAST_BITS - size);
            if (size + extra > FAST_BITS) {
                Arrays.fill(fast, prefix, prefix + (1 << (FAST_BITS - size)), Integer.MIN_VALUE | t << 8 | size);
                continue;
            }
            int rest = FAST_BITS - size - extra;
            for (int v = 0; v < 1 << extra; v++) {
                int diff = t == 16 ? 32768 : BitReader.extend(v, t);
                int from = prefix | v << rest;
                Arrays.fill(fast, from, from + (1 << rest), (diff + BIAS) << 8 | (size + extra));
            }
        }
    }

    /** The decoders of {@code tables}, one decoder shared by equal neighbours. */
    static DifferenceDecoder[] of(HuffmanTable[] tables) {
        DifferenceDecoder[] d = new DifferenceDecoder[tables.length];
        for (int k = 0; k < tables.length; k++) {
            d[k] = k > 0 && tables[k] == tables[k - 1] ? d[k - 1] : new DifferenceDecoder(tables[k]);
        }
        return d;
    }

    /**
     * Decodes {@code n} differences from {@code in} into {@code d[off..off+n)}, the i-th with
     * {@code decoders[i % decoders.length]} (the components of an interleaved scan take turns).
     *
     * @throws CodecFailure at a bit string that is no code, or a category over 16
     */
    static void decode(BitReader in, DifferenceDecoder[] decoders, int[] d, int off, int n) {
        if (decoders.length == 1) {
            decoders[0].decode(in, d, off, n);
            return;
        }
        int turns = decoders.length;
        for (int i = off, k = 0, stop = off + n; i < stop; i++, k = k + 1 == turns ? 0 : k + 1) {
            d[i] = decoders[k].next(in);
        }
    }

    /**
     * Decodes {@code n} differences from {@code in} into {@code d[off..off+n)}.
     *
     * <p>The inner loop handles what nearly every difference needs: a refill of 8 plain bytes and a positive table
     * entry. Anything else leaves it for {@link #next}, one difference, and comes back. It has no call in it, for
     * a call would make the compiler keep the loop's variables in memory rather than in registers.
     */
    void decode(BitReader in, int[] d, int off, int n) {
        int[] fast = this.fast;
        byte[] data = in.data;
        int last = in.end - 8;
        int i = off;
        int stop = off + n;
        while (i < stop) {
            int pos = in.pos;
            long buf = in.buf;
            int bits = in.bits;
            for (; i < stop; i++) {
                if (bits < 32) {
                    long w;
                    if (pos > last || !BitReader.plain(w = BitReader.word(data, pos))) {
                        break;
                    }
                    buf |= w >>> bits;
                    pos += (63 - bits) >>> 3;
                    bits |= 56;
                }
                int e = fast[(int) (buf >>> (64 - FAST_BITS))];
                if (e <= 0) {
                    break;
                }
                int taken = e & 0xFF;
                buf <<= taken;
                bits -= taken;
                d[i] = (e >>> 8) - BIAS;
            }
            in.pos = pos;
            in.buf = buf;
            in.bits = bits;
            if (i < stop) {
                d[i++] = next(in);
            }
        }
    }

    /**
     * The next difference, of any kind, decoded through {@code in}'s fields.
     *
     * @throws CodecFailure at a bit string that is no code, or a category over 16
     */
    int next(BitReader in) {
        if (in.bits < 32) {
            in.fill();
        }
        long buf = in.buf;
        int e = fast[(int) (buf >>> (64 - FAST_BITS))];
        if (e <= 0) {
            e = e < 0 ? codeOnly(e, buf) : slow(buf, in.pos);
        }
        int taken = e & 0xFF;
        in.buf = buf << taken;
        in.bits -= taken;
        return (e >>> 8) - BIAS;
    }

    /**
     * The difference at the head of {@code buf} (the next bit highest) for a negative {@link #fast} entry
     * {@code e}, as {@code (difference + BIAS) << 8 | bits taken}: the code fits the table, its additional bits
     * do not.
     */
    private static int codeOnly(int e, long buf) {
        int size = e & 0xFF;
        int t = (e >>> 8) & 0xFF;
        int v = (int) (buf << size >>> (64 - t));
        return (BitReader.extend(v, t) + BIAS) << 8 | (size + t);
    }

    /**
     * The difference at the head of {@code buf} (the next bit highest, at least 32 bits buffered) when
     * {@link #fast} has no entry for it, as {@code (difference + BIAS) << 8 | bits taken}.
     *
     * @param pos where the reader is, for the message
     * @throws CodecFailure when the bits are no code, or the code's category is over 16
     */
    private int slow(long buf, int pos) {
        int r = table.decodeAny((int) (buf >>> 48));
        if (r < 0) {
            throw new CodecFailure("invalid Huffman code near byte offset " + pos);
        }
        int size = r >>> 16;
        int t = r & 0xFFFF;
        if (t > 16) {
            throw new CodecFailure("lossless difference category " + t + " over 16 near byte offset " + pos);
        }
        if (t == 16) {
            return (32768 + BIAS) << 8 | size;
        }
        // Two shifts right, so that t = 0 gives 0.
        int v = (int) (buf << size >>> 1 >>> (63 - t));
        return (BitReader.extend(v, t) + BIAS) << 8 | (size + t);
    }
}
