// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

/**
 * How to read a file.
 *
 * @param stopBeforePixelData stop at the top-level Pixel Data (or Float/Double Float Pixel Data) element; default
 *                            false. The offset where it starts is still reported.
 * @param lazyBulkData        leave bulk values (Pixel Data, and OB/OW/OF/OD/OL/OV/UN values of at least
 *                            {@code bulkDataThreshold} bytes) in the file as offset + length; default true. Only
 *                            possible for files read by path; streams always load values.
 * @param bulkDataThreshold   smallest value length left in the file; default 64 KiB (Pixel Data always lazy)
 * @param maxInflatedBytes    limit on the inflated size of a deflated data set (PS3.5 A.5); default 2 GiB, past which
 *                            the file is rejected rather than exhausting memory
 */
public record ReadOptions(boolean stopBeforePixelData, boolean lazyBulkData, int bulkDataThreshold,
                          long maxInflatedBytes) {

    /** Everything, with bulk data left in the file. */
    public static final ReadOptions DEFAULT = new ReadOptions(false, true, 64 * 1024, 2L << 30);
    /** Header only: stops before Pixel Data. */
    public static final ReadOptions HEADER_ONLY = new ReadOptions(true, true, 64 * 1024, 2L << 30);
    /** Everything loaded into memory (needed when the source file may change or be deleted). */
    public static final ReadOptions IN_MEMORY = new ReadOptions(false, false, Integer.MAX_VALUE, 2L << 30);

    public ReadOptions withStopBeforePixelData(boolean stop) {
        return new ReadOptions(stop, lazyBulkData, bulkDataThreshold, maxInflatedBytes);
    }

    public ReadOptions withLazyBulkData(boolean lazy) {
        return new ReadOptions(stopBeforePixelData, lazy, bulkDataThreshold, maxInflatedBytes);
    }

    public ReadOptions withMaxInflatedBytes(long max) {
        return new ReadOptions(stopBeforePixelData, lazyBulkData, bulkDataThreshold, max);
    }
}
