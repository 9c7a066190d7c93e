// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Writes a JPEG-LS codestream: marker segments byte by byte, and entropy-coded bits most significant first through a
 * 64-bit accumulator. JPEG-LS keeps markers out of coded data by bit stuffing (T.87 A.1): after a byte {@code FF}
 * the next byte carries only 7 coded bits behind a 0 bit. (T.81's byte stuffing, {@code FF 00}, does not apply.)
 */
final class LsBitWriter {
    static final VarHandle BIG_ENDIAN_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    /**
     * The output and its length. Package-private, as {@link #acc}, {@link #bits} and {@link #afterFf}: the lossless
     * line loop writes words of coded bits itself while none has an {@code FF} byte, so no stuffing applies.
     */
    byte[] buf;
    int pos;
    /** Pending bits, the low {@code bits} of it, first bit highest; fewer than 32 between calls. */
    long acc;
    int bits;
    /** Whether the last byte written to {@code buf} from coded bits was {@code FF}. */
    boolean afterFf;

    LsBitWriter(int initialCapacity) {
        buf = new byte[Math.max(64, initialCapacity)];
    }

    /**
     * Appends the low {@code n} bits of {@code value}, 0 <= n <= 32; the higher bits of value must be 0. Fewer than 32
     * bits are pending between calls, so the accumulator never holds more than 63.
     */
    void write(int value, int n) {
        acc = (acc << n) | (value & 0xFFFFFFFFL);
        bits += n;
        if (bits >= 32) {
            flush32();
        }
    }

    /** Appends {@code n} zero bits, any n >= 0. */
    void writeZeros(int n) {
        while (n > 32) {
            write(0, 32);
            n -= 32;
        }
        write(0, n);
    }

    /**
     * Moves the oldest 32 pending bits out: as one big-endian word when none of its bytes is {@code FF} and the last
     * byte written was not {@code FF} either (so no stuffing applies), else byte by byte.
     */
    private void flush32() {
        int word = (int) (acc >>> (bits - 32));
        int p = pos;
        if (!afterFf && !hasFfByte(word) && p + 4 <= buf.length) {
            BIG_ENDIAN_INT.set(buf, p, word);
            pos = p + 4;
            bits -= 32;
        } else {
            drain();
        }
    }

    /** Moves all whole bytes from the accumulator to the buffer, stuffing a 0 bit after each {@code FF}. */
    void drain() {
        if (pos + 16 > buf.length) {
            buf = Arrays.copyOf(buf, buf.length + (buf.length >> 1) + 16);
        }
        byte[] b = buf;
        int p = pos;
        int n = bits;
        long v = acc;
        boolean ff = afterFf;
        while (n >= (ff ? 7 : 8)) {
            int x;
            if (ff) {
                x = (int) (v >>> (n - 7)) & 0x7F;
                n -= 7;
                ff = false;
            } else {
                x = (int) (v >>> (n - 8)) & 0xFF;
                n -= 8;
                ff = x == 0xFF;
            }
            b[p++] = (byte) x;
        }
        pos = p;
        bits = n;
        afterFf = ff;
    }

    /** Whether one of the four bytes of {@code w} is {@code FF} (the zero-byte test on its complement). */
    static boolean hasFfByte(int w) {
        int inv = ~w;
        return ((inv - 0x01010101) & ~inv & 0x80808080) != 0;
    }

    /**
     * Ends the coded data: pads with 0 bits to a byte boundary and, when the last byte is {@code FF}, adds a byte 0 so
     * that no marker can seem to start there (T.87 A.1). Afterwards marker bytes may follow.
     */
    void alignToByte() {
        drain();
        if (bits > 0) {
            int need = (afterFf ? 7 : 8) - bits;
            acc <<= need;
            bits += need;
            drain();
        }
        if (afterFf) {
            putByte(0);
            afterFf = false;
        }
        bits = 0;
    }

    /** Appends one byte outside coded data (markers and segments); the writer must be aligned. */
    void putByte(int v) {
        if (pos == buf.length) {
            buf = Arrays.copyOf(buf, buf.length + (buf.length >> 1) + 16);
        }
        buf[pos++] = (byte) v;
    }

    /** Appends a big-endian 16-bit value outside coded data. */
    void putU16(int v) {
        putByte(v >>> 8);
        putByte(v);
    }

    /** Appends a marker, {@code FF} then {@code code}. */
    void putMarker(int code) {
        putByte(0xFF);
        putByte(code);
    }

    /** The bytes written so far; the writer must be aligned. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }
}
