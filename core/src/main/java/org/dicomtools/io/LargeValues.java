// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.ByteSwap;
import org.dicomtools.data.StreamedValue;

/**
 * Writes the values that are not held in memory, a piece at a time: {@link BulkData} copied from its file in chunks,
 * {@link StreamedValue} as it is made. Either may need its byte order changed (PS3.5 7.3: big endian reverses each
 * binary unit); that is done on each piece, so memory stays one chunk or one frame whatever the value's size.
 */
final class LargeValues {
    private static final int COPY_CHUNK = 256 * 1024;

    private LargeValues() {
    }

    /**
     * Copies a value from its file, turning its stored byte order into little endian and then, when {@code targetUnit}
     * is more than 1, into big endian in units of that size.
     */
    static void copy(BulkData bulk, int targetUnit, OutputStream out) throws IOException {
        try (FileChannel ch = FileChannel.open(bulk.path(), StandardOpenOption.READ)) {
            byte[] chunk = new byte[(int) Math.min(COPY_CHUNK, Math.max(bulk.length(), 8))];
            long done = 0;
            while (done < bulk.length()) {
                int n = (int) Math.min(chunk.length, bulk.length() - done);
                ByteBuffer bb = ByteBuffer.wrap(chunk, 0, n);
                long pos = bulk.offset() + done;
                while (bb.hasRemaining()) {
                    int r = ch.read(bb, pos);
                    if (r < 0) {
                        throw new IOException(bulk.path().getFileName() + " ends inside a value it should hold");
                    }
                    pos += r;
                }
                ByteSwap.swap(chunk, 0, n, bulk.swapUnit());
                ByteSwap.swap(chunk, 0, n, targetUnit);
                out.write(chunk, 0, n);
                done += n;
            }
        }
    }

    /**
     * Writes a value as it is made, swapped into big endian in units of {@code targetUnit} when that is more than 1,
     * and checks that it made the length it announced (already written in the element's header).
     */
    static void write(StreamedValue value, int targetUnit, OutputStream out) throws IOException {
        Swapping sink = new Swapping(out, Math.max(targetUnit, 1));
        value.writeTo(sink);
        sink.finish(value.length());
    }

    /** Swaps whole units in place and carries a unit split between two pieces over to the next one. */
    private static final class Swapping implements StreamedValue.Sink {
        private final OutputStream out;
        private final int unit;
        private final byte[] carry;
        private int carried;
        private long written;

        Swapping(OutputStream out, int unit) {
            this.out = out;
            this.unit = unit;
            this.carry = new byte[unit];
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (unit == 1) {
                out.write(b, off, len);
                return;
            }
            while (carried > 0 && len > 0) {
                carry[carried++] = b[off++];
                len--;
                if (carried == unit) {
                    ByteSwap.swap(carry, 0, unit, unit);
                    out.write(carry, 0, unit);
                    carried = 0;
                }
            }
            int whole = len - len % unit;
            ByteSwap.swap(b, off, whole, unit);
            out.write(b, off, whole);
            for (int i = whole; i < len; i++) {
                carry[carried++] = b[off + i];
            }
        }

        void finish(long expected) throws IOException {
            if (written != expected) {
                throw new IOException("a streamed value made " + written + " bytes but announced " + expected);
            }
            // A trailing part of a unit cannot be swapped: written as it is, as ByteSwap leaves it.
            out.write(carry, 0, carried);
        }
    }
}
