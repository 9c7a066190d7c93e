// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.Fragments;
import org.dicomtools.error.OutputException;

/**
 * Encoded frames, one fragment each, kept until the data set is written: in memory while they are small, and in a
 * spill file beside the output once they pass a limit, each fragment then a {@link BulkData} range of that file which
 * the writer copies without loading it.
 *
 * <p>Why a spill file rather than writing the fragments straight into the output and going back to fill in the
 * offsets: what comes before the fragments depends on all of them. The Basic Offset Table (PS3.5 A.4) needs every
 * fragment's size, and so does the choice between it and the Extended Offset Table (7FE0,0001), which must precede
 * Pixel Data, for output past 4 GiB; lossy output records its compression ratio (0028,2112) in the header, long before
 * Pixel Data. Reserving room and patching would work for the tables but not for a ratio whose length is not known,
 * and would need a writer that can seek. With a spill file the data set is complete before the first byte of the
 * output is written, the writer stays a plain stream writer, and the output is byte for byte what an in-memory
 * transcode writes. The cost is writing the encoded frames twice (once here, once into the output), which is small
 * beside encoding and verifying them, and disk room for both until the output is renamed into place.
 */
final class EncodedFragments implements AutoCloseable {
    private final Path target;
    private final long memoryLimit;
    /** {@code byte[]} while in memory, {@link BulkData} once spilled. */
    private final List<Object> parts = new ArrayList<>();
    private long inMemory;
    private long total;
    private Path spillPath;
    private FileChannel spill;

    private EncodedFragments(Path target, long memoryLimit) {
        this.target = target;
        this.memoryLimit = memoryLimit;
    }

    /** Fragments held in memory whatever their size: for a data set returned rather than written. */
    static EncodedFragments inMemory() {
        return new EncodedFragments(null, Long.MAX_VALUE);
    }

    /**
     * Fragments held in memory up to {@code memoryLimit} bytes, then moved to a hidden file in the folder of
     * {@code target} (so it is on the same disk) that {@link #close} deletes.
     */
    static EncodedFragments beside(Path target, long memoryLimit) {
        return new EncodedFragments(target.toAbsolutePath(), memoryLimit);
    }

    /** Adds the next frame's fragment. */
    void add(byte[] encoded) {
        total += encoded.length;
        try {
            if (spill == null && target != null && inMemory + encoded.length > memoryLimit) {
                startSpilling();
            }
            if (spill != null) {
                parts.add(append(encoded));
            } else {
                parts.add(encoded);
                inMemory += encoded.length;
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": encoded frames cannot be kept beside it ("
                    + e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage() + ")", e);
        }
    }

    /** Bytes of all fragments, before padding. */
    long total() {
        return total;
    }

    /** Whether the fragments are (also) in the spill file, which is gone once this is closed. */
    boolean spilled() {
        return spill != null;
    }

    /** The fragments so far, in frame order, with an empty Basic Offset Table. */
    Fragments fragments() {
        Fragments f = new Fragments();
        for (Object p : parts) {
            if (p instanceof BulkData b) {
                f.add(b);
            } else {
                f.add((byte[]) p);
            }
        }
        return f;
    }

    private void startSpilling() throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        spillPath = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".spill");
        spill = FileChannel.open(spillPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        for (int i = 0; i < parts.size(); i++) {
            parts.set(i, append((byte[]) parts.get(i)));
        }
        inMemory = 0;
    }

    private BulkData append(byte[] encoded) throws IOException {
        long at = spill.position();
        ByteBuffer b = ByteBuffer.wrap(encoded);
        while (b.hasRemaining()) {
            spill.write(b);
        }
        return new BulkData(spillPath, at, encoded.length);
    }

    /** Deletes the spill file, if there is one. */
    @Override
    public void close() {
        if (spill == null) {
            return;
        }
        try {
            spill.close();
        } catch (IOException ignored) {
            // Deleting it below is what matters.
        }
        try {
            Files.deleteIfExists(spillPath);
        } catch (IOException ignored) {
            // Nothing more can be done; its name starts with a dot, as AtomicFile's temporary files do.
        }
    }
}
