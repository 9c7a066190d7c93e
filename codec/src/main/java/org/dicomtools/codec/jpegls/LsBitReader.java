// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.dicomtools.codec.CodecFailure;

/**
 * Reads the entropy-coded bits of a JPEG-LS scan, most significant first, through a 64-bit accumulator, removing
 * the stuffed 0 bit after each {@code FF} byte (T.87 A.1). It stops before a marker ({@code FF} followed by a byte
 * with its high bit set) and before the end of the data, and supplies 0 bits from there; once it had to supply far
 * more than any code needs, the data are truncated or corrupt and it fails with the byte offset.
 */
final class LsBitReader {
    /** Zero bits past the data after which reading must have gone wrong. */
    private static final int MAX_PADDING_BITS = 256;
    static final VarHandle BIG_ENDIAN_LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /**
     * The data, where the coded data end, and the next byte to take. Package-private, as {@link #acc}, {@link #bits}
     * and {@link #afterFf}: the lossless line loop takes whole words itself while none has an {@code FF} byte.
     */
    final byte[] data;
    final int end;
    int pos;
    /**
     * Unread bits, the first at bit 63, the rest 0. Package-private: a line loop may take them into locals and must
     * store them back before any other call.
     */
    long acc;
    int bits;
    /** Whether the byte at {@code pos} follows a coded {@code FF} and holds 7 bits. */
    boolean afterFf;
    /** Whether a marker or the end of the data was reached. */
    boolean stopped;
    /** Zero bits supplied past the data. */
    private int padding;

    LsBitReader(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    /** Offset of the next byte not yet taken into the accumulator. */
    int position() {
        return pos;
    }

    /**
     * Tops the accumulator up to at least 57 bits: eight bytes at once when none of those taken is {@code FF} and the
     * byte before was not, else byte by byte.
     */
    private void fill() {
        int p = pos;
        if (!afterFf && p + 8 <= end) {
            long word = (long) BIG_ENDIAN_LONG.get(data, p);
            long inv = ~word;
            // A flag at the high bit of every FF byte (and possibly of bytes before one): the bytes before the first
            // flag are not FF.
            long ffs = (inv - 0x0101010101010101L) & ~inv & 0x8080808080808080L;
            int take = Math.min((64 - bits) >> 3, Long.numberOfLeadingZeros(ffs) >> 3);
            if (take > 0) {
                acc |= (word >>> bits) & (-1L << (64 - bits - 8 * take));
                bits += 8 * take;
                pos = p + take;
                if (bits > 56) {
                    return;
                }
            }
        }
        fillBytes();
    }

    /** Byte by byte, around {@code FF} bytes, markers and the end of the data. */
    private void fillBytes() {
        while (bits <= 56) {
            if (stopped) {
                bits += 8;
                padding += 8;
                if (padding > MAX_PADDING_BITS) {
                    throw new CodecFailure("JPEG-LS coded data end too early or are corrupt, at byte offset " + pos);
                }
                continue;
            }
            if (pos >= end) {
                stopped = true;
                continue;
            }
            int b = data[pos] & 0xFF;
            if (afterFf) {
                // The byte after a coded FF: 7 bits (its high bit was checked to be 0).
                acc |= (long) b << (57 - bits);
                bits += 7;
                pos++;
                afterFf = false;
            } else if (b == 0xFF) {
                if (pos + 1 >= end || data[pos + 1] < 0) {
                    stopped = true; // a marker (or a lone FF at the end): the coded data end here
                    continue;
                }
                acc |= 0xFFL << (56 - bits);
                bits += 8;
                pos++;
                afterFf = true;
            } else {
                acc |= (long) b << (56 - bits);
                bits += 8;
                pos++;
            }
        }
    }

    /** Reads one bit. */
    int readBit() {
        if (bits == 0) {
            fill();
        }
        int v = (int) (acc >>> 63);
        acc <<= 1;
        bits--;
        return v;
    }

    /** Reads {@code n} bits as an unsigned value, 0 <= n <= 31. */
    int readBits(int n) {
        if (n == 0) {
            return 0;
        }
        if (bits < n) {
            fill();
        }
        int v = (int) (acc >>> (64 - n));
        acc <<= n;
        bits -= n;
        return v;
    }

    /**
     * Reads 0 bits up to and including the next 1 bit and returns how many 0 bits there were.
     *
     * @throws CodecFailure when there are more than {@code max}
     */
    int readZeros(int max) {
        int z = 0;
        while (true) {
            if (bits == 0) {
                fill();
            }
            int lz = Long.numberOfLeadingZeros(acc);
            if (lz < bits) {
                z += lz;
                acc = acc << lz << 1;
                bits -= lz + 1;
                if (z > max) {
                    break;
                }
                return z;
            }
            z += bits;
            acc = 0;
            bits = 0;
            if (z > max) {
                break;
            }
        }
        throw new CodecFailure("corrupt JPEG-LS data near byte offset " + pos + ": a code longer than LIMIT");
    }

    /**
     * Reads a value coded with the limited-length Golomb code of parameter {@code k} (T.87 A.5.3): at most
     * {@code glimit - qbpp - 1} leading 0 bits, then either k more bits or, after the longest prefix, qbpp bits of
     * the value minus 1.
     */
    int readGolomb(int k, int glimit, int qbpp) {
        if (bits < 32) {
            fill();
        }
        // Common case: the whole code is in the accumulator and is not the escape code.
        long v = acc;
        int lz = Long.numberOfLeadingZeros(v);
        if (lz + k < bits && lz < glimit - qbpp - 1) {
            acc = v << lz << 1 << k;
            bits -= lz + 1 + k;
            return (lz << k) | (int) ((v << lz << 1) >>> 1 >>> (63 - k));
        }
        return readGolombSlow(k, glimit, qbpp);
    }

    /** {@link #readGolomb} bit by bit, for codes that reach past the accumulator and the escape code. */
    private int readGolombSlow(int k, int glimit, int qbpp) {
        int maxZeros = glimit - qbpp - 1;
        int z = readZeros(maxZeros);
        if (z < maxZeros) {
            return k == 0 ? z : (z << k) | readBits(k);
        }
        return readBits(qbpp) + 1;
    }

    /** Whether some of the bits read were supplied past the end of the coded data. */
    boolean overran() {
        return padding > bits;
    }

    /** Starts reading afresh at {@code offset}, as after a restart marker. */
    void restartAt(int offset) {
        pos = offset;
        acc = 0;
        bits = 0;
        afterFf = false;
        stopped = false;
        padding = 0;
    }

    /**
     * Drops the bits left in the accumulator and the current byte (the padding before a marker) and returns the
     * offset from which the next marker is to be sought.
     */
    int abandon() {
        acc = 0;
        bits = 0;
        if (afterFf) {
            pos++;
            afterFf = false;
        }
        return pos;
    }
}
