// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

/**
 * Counts of a run so far, as handed to the listener with each event.
 *
 * @param found        entries the walk has found so far (files, and paths it could not walk)
 * @param walkComplete whether the walk has finished, so {@code found} is the total
 * @param succeeded    files processed successfully
 * @param failed       files that failed
 * @param skipped      entries skipped: not DICOM, DICOMDIR, not walkable, or done before ({@code resumed})
 * @param resumed      DICOM files skipped because their output was already complete (part of {@code skipped})
 * @param bytes        bytes of the DICOM files processed (succeeded or failed)
 * @param elapsedNanos time since the run started
 */
public record BatchProgress(long found, boolean walkComplete, long succeeded, long failed, long skipped, long resumed,
                            long bytes, long elapsedNanos) {

    /** Entries finished, whatever their status. */
    public long done() {
        return succeeded + failed + skipped;
    }

    /** DICOM instances seen: processed or already done. Zero means the folder held no DICOM at all. */
    public long dicom() {
        return succeeded + failed + resumed;
    }

    /** Entries finished per second of wall-clock time. */
    public double filesPerSecond() {
        return elapsedNanos <= 0 ? 0 : done() * 1e9 / elapsedNanos;
    }

    /** Megabytes (10^6 bytes) of DICOM read per second. */
    public double megabytesPerSecond() {
        return elapsedNanos <= 0 ? 0 : bytes * 1e3 / elapsedNanos;
    }
}
