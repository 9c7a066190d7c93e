// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * A buffered byte source that knows its absolute position, so the parser can report offsets and leave bulk data in
 * the file as (offset, length). Two kinds: a seekable file channel, and a plain stream (stdin, inflated data).
 */
abstract class DicomInput implements Closeable {
    private static final int BUFFER = 64 * 1024;

    byte[] buf = new byte[BUFFER];
    int pos;
    int limit;
    /** Absolute offset of {@code buf[0]}. */
    long bufStart;
    boolean bigEndian;

    /** Reads from the underlying source into {@code b}; -1 at end. */
    protected abstract int readSource(byte[] b, int off, int len) throws IOException;

    /** Skips {@code n} bytes of the underlying source (beyond what is buffered). */
    protected abstract void skipSource(long n) throws IOException;

    /** Total size when known (a file), else -1. */
    abstract long size() throws IOException;

    /** Whether values can be left in place and read later by offset. */
    abstract boolean seekable();

    final long position() {
        return bufStart + pos;
    }

    /** Bytes left when the size is known, else {@link Long#MAX_VALUE}. */
    final long remaining() throws IOException {
        long size = size();
        return size < 0 ? Long.MAX_VALUE : size - position();
    }

    final int buffered() {
        return limit - pos;
    }

    /** Makes {@code n} bytes available in the buffer; false when the source ends first. */
    final boolean ensure(int n) throws IOException {
        if (limit - pos >= n) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufStart += pos;
            limit -= pos;
            pos = 0;
        }
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, n);
        }
        while (limit < n) {
            int r = readSource(buf, limit, buf.length - limit);
            if (r < 0) {
                return false;
            }
            limit += r;
        }
        return true;
    }

    final void require(int n) throws IOException {
        if (!ensure(n)) {
            throw new EOFException();
        }
    }

    final int peekU8(int at) {
        return buf[pos + at] & 0xFF;
    }

    final int peekU16(int at) {
        int a = buf[pos + at] & 0xFF;
        int b = buf[pos + at + 1] & 0xFF;
        return bigEndian ? (a << 8) | b : a | (b << 8);
    }

    final int peekI32(int at) {
        int p = pos + at;
        if (bigEndian) {
            return (buf[p] & 0xFF) << 24 | (buf[p + 1] & 0xFF) << 16 | (buf[p + 2] & 0xFF) << 8 | (buf[p + 3] & 0xFF);
        }
        return (buf[p] & 0xFF) | (buf[p + 1] & 0xFF) << 8 | (buf[p + 2] & 0xFF) << 16 | (buf[p + 3] & 0xFF) << 24;
    }

    /** A tag: group then element, each in the stream's byte order. Caller has ensured 4 bytes. */
    final int tag() {
        int t = peekU16(0) << 16 | peekU16(2);
        pos += 4;
        return t;
    }

    final int u16() {
        int v = peekU16(0);
        pos += 2;
        return v;
    }

    final long u32() {
        long v = peekI32(0) & 0xFFFFFFFFL;
        pos += 4;
        return v;
    }

    /** Reads exactly {@code len} bytes into {@code dst}. */
    final void readFully(byte[] dst, int off, int len) throws IOException {
        int fromBuf = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, dst, off, fromBuf);
        pos += fromBuf;
        int done = fromBuf;
        if (done < len) {
            // Large values bypass the buffer.
            long sourcePos = bufStart + limit;
            while (done < len) {
                int r = readSource(dst, off + done, len - done);
                if (r < 0) {
                    bufStart = sourcePos + done - fromBuf;
                    pos = limit = 0;
                    throw new EOFException();
                }
                done += r;
            }
            bufStart = sourcePos + (len - fromBuf);
            pos = limit = 0;
        }
    }

    final void skip(long n) throws IOException {
        if (n <= limit - pos) {
            pos += (int) n;
            return;
        }
        long rest = n - (limit - pos);
        long sourcePos = bufStart + limit;
        pos = limit = 0;
        bufStart = sourcePos;
        skipSource(rest);
        bufStart = sourcePos + rest;
    }

    /** The rest of the input as a stream: buffered bytes first, then the source. */
    final InputStream rest() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (!ensure(1)) {
                    return -1;
                }
                return buf[pos++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (limit == pos && !ensure(1)) {
                    return -1;
                }
                int n = Math.min(len, limit - pos);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    /** A file, read through its channel; supports lazy bulk data. */
    static final class ChannelInput extends DicomInput {
        private final FileChannel channel;
        private final long size;

        ChannelInput(FileChannel channel) throws IOException {
            this.channel = channel;
            this.size = channel.size();
            channel.position(0);
        }

        @Override
        protected int readSource(byte[] b, int off, int len) throws IOException {
            return channel.read(ByteBuffer.wrap(b, off, len));
        }

        @Override
        protected void skipSource(long n) throws IOException {
            long target = channel.position() + n;
            if (target > size) {
                channel.position(size);
                throw new EOFException();
            }
            channel.position(target);
        }

        @Override
        long size() {
            return size;
        }

        @Override
        boolean seekable() {
            return true;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Any stream: no lazy bulk data, lengths checked by reading. */
    static final class StreamInput extends DicomInput {
        private final InputStream in;

        StreamInput(InputStream in) {
            this.in = in;
        }

        @Override
        protected int readSource(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }

        @Override
        protected void skipSource(long n) throws IOException {
            byte[] scratch = null;
            while (n > 0) {
                long s = in.skip(n);
                if (s <= 0) {
                    if (scratch == null) {
                        scratch = new byte[8192];
                    }
                    int r = in.read(scratch, 0, (int) Math.min(scratch.length, n));
                    if (r < 0) {
                        throw new EOFException();
                    }
                    s = r;
                }
                n -= s;
            }
        }

        @Override
        long size() {
            return -1;
        }

        @Override
        boolean seekable() {
            return false;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
