// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.nio.file.Path;

/**
 * What a batch does to one DICOM file. Implementations are called from several worker threads at once, so they hold
 * no per-file state; whatever one run shares (a {@link org.dicomtools.deident.Deidentifier}'s pseudonyms) must be
 * thread-safe.
 */
public interface BatchOperation {
    /** The name used in reports and for the default output folder ({@code <DIR>_<name>}): {@code convert}, ... */
    String name();

    /** Whether the operation writes files (and so needs an output folder); by default it only reads. */
    default boolean writes() {
        return false;
    }

    /**
     * Where the output of the input at {@code relative} goes under {@code outputRoot}: a file, or a folder when the
     * operation writes several files per input. {@code null} when the operation writes nothing. Used by resume: an
     * existing regular file here, newer than the input, means the work was done (outputs are renamed into place
     * whole, so existence implies completeness).
     */
    default Path target(Path outputRoot, Path relative) {
        return null;
    }

    /**
     * Processes one DICOM file.
     *
     * @param input  the file (already probed as a DICOM instance)
     * @param target what {@link #target} gave, or {@code null}
     * @return the result; a file may fail without an exception ({@link OpResult#failure()}), keeping its fields
     * @throws org.dicomtools.error.DicomException when the file cannot be processed
     */
    OpResult process(Path input, Path target);
}
