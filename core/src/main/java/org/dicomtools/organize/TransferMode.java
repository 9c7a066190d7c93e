// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

/** Whether sources stay where they are. */
public enum TransferMode {
    /** The default: sources are left untouched. */
    COPY,
    /**
     * Sources are removed once their content is verifiably at the destination: an atomic rename on the same file
     * system; otherwise a copy into a temporary file beside the target, checked against the source by size and
     * SHA-256, renamed into place, and only then the source deleted. A source found byte-for-byte identical to a
     * file already at the destination ({@link Action#DUPLICATE}) is deleted too.
     */
    MOVE
}
