// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Writes a JPEG codestream into a growing byte buffer: entropy-coded bits most significant first with a {@code 00}
 * stuffed after every {@code FF} byte they produce (T.81 F.1.2.3), and raw bytes for markers and marker segments.
 *
 * <p>{@link #flush()} pads the last partial byte with 1-bits (T.81 B.1.1.5, note 1). The raw writes
 * ({@link #writeU8}, {@link #writeU16}, {@link #writeBytes}) need the entropy-coded bits to end on a byte boundary
 * and throw {@link IllegalStateException} otherwise; {@link #marker(int)} flushes first. Not thread-safe.
 */
public final class BitWriter {
    /** 4-byte big-endian stores into a byte array, one instruction each once compiled. */
    static final VarHandle BIG_ENDIAN_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    // buf, len, acc and count are package-private so that LosslessScanEncoder's loop can keep them in local
    // variables while it runs; it emits words as emitWord() does.
    byte[] buf;
    int len;
    /** Pending bits: the low {@link #count} bits, oldest highest; fewer than 32 between calls. */
    long acc;
    int count;

    public BitWriter() {
        this(4096);
    }

    /** A writer whose buffer starts at {@code capacity} bytes. */
    public BitWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** Makes room for {@code more} bytes. */
    void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /** Writes the low {@code size} bits (0 to 32) of {@code code}. */
    public void write(int code, int size) {
        acc = acc << size | (code & ((1L << size) - 1));
        count += size;
        if (count >= 32) {
            count -= 32;
            emitWord((int) (acc >>> count));
        }
    }

    /** Emits four bytes, stuffing a 0 after each FF. */
    private void emitWord(int word) {
        ensure(8);
        byte[] b = buf;
        int n = len;
        if (plain(word)) {
            BIG_ENDIAN_INT.set(b, n, word);
            len = n + 4;
            return;
        }
        for (int shift = 24; shift >= 0; shift -= 8) {
            int v = (word >>> shift) & 0xFF;
            b[n++] = (byte) v;
            if (v == 0xFF) {
                b[n++] = 0;
            }
        }
        len = n;
    }

    /** Whether no byte of {@code word} is {@code FF}, so that it needs no stuffing. */
    static boolean plain(int word) {
        // ~word has a zero byte where word has FF; the usual zero-byte test on ~word.
        return ((~word - 0x01010101) & word & 0x80808080) == 0;
    }

    /** Emits the whole bytes among the pending bits, stuffing after FF. */
    private void drain() {
        if (count >= 8) {
            ensure(8);
            while (count >= 8) {
                count -= 8;
                int v = (int) (acc >>> count) & 0xFF;
                buf[len++] = (byte) v;
                if (v == 0xFF) {
                    buf[len++] = 0;
                }
            }
        }
    }

    /** Pads the pending bits to a whole byte with 1-bits and emits them. */
    public void flush() {
        int partial = count & 7;
        if (partial > 0) {
            write(0x7F, 8 - partial);
        }
        drain();
    }

    /** Flushes the bits, then writes marker {@code FF code}. */
    public void marker(int code) {
        flush();
        writeU8(0xFF);
        writeU8(code);
    }

    /** Writes one byte as is. */
    public void writeU8(int v) {
        checkAligned();
        ensure(1);
        buf[len++] = (byte) v;
    }

    /** Writes a 16-bit big-endian number as is. */
    public void writeU16(int v) {
        checkAligned();
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    /** Writes bytes as they are. */
    public void writeBytes(byte[] bytes) {
        checkAligned();
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void checkAligned() {
        drain();
        if (count != 0) {
            throw new IllegalStateException(count + " entropy-coded bits pending; flush() first");
        }
    }

    /** Bytes written so far, not counting bits pending in a partial byte. */
    public int size() {
        drain();
        return len;
    }

    /** A copy of the bytes written so far (bits of a partial byte are not included; flush first). */
    public byte[] toByteArray() {
        drain();
        return Arrays.copyOf(buf, len);
    }
}
