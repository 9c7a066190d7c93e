// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A value left in its file: path, byte offset and length, read on demand. Large values (Pixel Data) stay here until
 * needed, so a header read never loads them and a multi-gigabyte multi-frame file never has to fit in memory.
 *
 * <p>{@code swapUnit} is the size of the unit whose bytes must be reversed to turn the stored bytes into little-endian
 * order (1 when the file is little-endian or the value is bytes).
 */
public record BulkData(Path path, long offset, long length, int swapUnit) {

    public BulkData {
        Objects.requireNonNull(path, "path");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length");
        }
    }

    public BulkData(Path path, long offset, long length) {
        this(path, offset, length, 1);
    }

    /** Reads the whole value in little-endian order. */
    public byte[] read() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new UncheckedIOException(new IOException(
                    "value of " + length + " bytes at offset " + offset + " is too large for one array; read it by range"));
        }
        return read(0, (int) length);
    }

    /** Reads {@code len} bytes starting {@code from} bytes into the value, in little-endian order. */
    public byte[] read(long from, int len) {
        if (from < 0 || len < 0 || from + len > length) {
            throw new IndexOutOfBoundsException("range " + from + "+" + len + " outside value of " + length + " bytes");
        }
        byte[] out = new byte[len];
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.wrap(out);
            long pos = offset + from;
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new IOException(path.getFileName() + ": file ends inside a value at offset " + pos
                            + " (expected " + length + " bytes from offset " + offset + ")");
                }
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteSwap.toLittleEndian(out, 0, len, swapUnit);
        return out;
    }
}
