// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

/** What happened to one file found under the source. */
public enum Action {
    /** Copied to its destination. */
    COPIED,
    /** Moved to its destination (the source is gone). */
    MOVED,
    /**
     * Byte-for-byte identical to a file already at the destination (from an earlier run, or placed earlier in this
     * run under the same name or, for the same SOP Instance UID, under another name): nothing written.
     */
    DUPLICATE,
    /** Its name was taken by different content: placed under a suffixed name ({@code _1}, {@code _2}, …). */
    CONFLICT_RENAMED,
    /** Not a DICOM instance (another format, empty, a DICOMDIR): left alone. */
    SKIPPED_NOT_DICOM,
    /** Its name was taken and the policy is {@link CollisionPolicy#SKIP}: left alone. */
    SKIPPED_COLLISION,
    /** Replaced the file at its destination ({@link CollisionPolicy#OVERWRITE}). */
    OVERWRITTEN,
    /** Could not be read, walked or written: the source is left as it was. */
    FAILED
}
