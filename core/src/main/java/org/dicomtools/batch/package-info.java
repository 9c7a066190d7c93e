// SPDX-License-Identifier: Apache-2.0
/**
 * Batch work over a folder tree (SPEC §8): {@link org.dicomtools.batch.BatchRunner} walks the tree in a producer
 * thread into a bounded queue and processes files on {@code jobs} workers, finding DICOM by content
 * ({@link org.dicomtools.io.DicomProbe}) and mirroring the tree under the output folder. Memory does not grow with the
 * number of files: nothing is kept per file, each {@link org.dicomtools.batch.FileOutcome} goes to the
 * {@link org.dicomtools.batch.BatchListener} as it happens.
 *
 * <p>The operations, each a {@link org.dicomtools.batch.BatchOperation}: {@link org.dicomtools.batch.ListOperation}
 * (header only), {@link org.dicomtools.batch.ConvertOperation} (to-image), {@link
 * org.dicomtools.batch.AnonymizeOperation} (one de-identifier for the run), {@link
 * org.dicomtools.batch.TranscodeOperation} (transcode and decompress), {@link org.dicomtools.batch.ValidateOperation}
 * and {@link org.dicomtools.batch.StatsOperation}. A file fails with a typed exception of
 * {@code org.dicomtools.error}; anything else it throws is an internal error of that file alone.
 */
package org.dicomtools.batch;
