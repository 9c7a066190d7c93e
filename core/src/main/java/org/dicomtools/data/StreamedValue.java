// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A value made while it is written rather than held: native Pixel Data decoded from fragments a few frames at a time,
 * or made frame by frame by a generator, so that a value of several gigabytes never exists in memory. The writer
 * asks for the bytes in order ({@link #writeTo}); the length is known before the first byte is made, so the element
 * keeps a defined length and group and sequence lengths can still be computed.
 *
 * <p>Each call of {@link #writeTo} makes the bytes anew from wherever they come from (the source file), so the value
 * can be written more than once and read whole ({@link #read}) when someone asks for it, at the cost of memory.
 */
public interface StreamedValue {

    /** Receives the bytes of a value in order. */
    @FunctionalInterface
    interface Sink {
        /** Takes {@code len} bytes from {@code off}; it may change them (to swap their byte order in place). */
        void write(byte[] bytes, int off, int len) throws IOException;
    }

    /** Length of the value in bytes, before padding to even length. */
    long length();

    /**
     * Makes the value and hands exactly {@link #length} bytes, little-endian, to {@code sink} in order.
     *
     * @throws IOException from the sink, or when the source cannot be read
     */
    void writeTo(Sink sink) throws IOException;

    /** The whole value in memory (little-endian), made once more. */
    default byte[] read() {
        long length = length();
        if (length > Integer.MAX_VALUE - 8) {
            throw new UncheckedIOException(new IOException("a value of " + length
                    + " bytes is too large for one array; write it instead"));
        }
        byte[] all = new byte[(int) length];
        int[] at = {0};
        try {
            writeTo((b, off, len) -> {
                if (len > all.length - at[0]) {
                    throw new IOException("the value made more than its length of " + length + " bytes");
                }
                System.arraycopy(b, off, all, at[0], len);
                at[0] += len;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (at[0] != all.length) {
            throw new UncheckedIOException(new IOException("the value made " + at[0] + " of its " + length
                    + " bytes"));
        }
        return all;
    }
}
