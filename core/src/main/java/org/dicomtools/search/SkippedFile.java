// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.nio.file.Path;

/**
 * A file (or folder) the search could not look into, and why.
 *
 * @param path   where
 * @param reason what was wrong, without values from the file
 * @param kind   which kind of skip
 */
public record SkippedFile(Path path, String reason, Kind kind) {
    /** Why a path was skipped. */
    public enum Kind {
        /** Not a DICOM instance: another kind of file, an empty one, or a DICOMDIR. */
        NOT_DICOM,
        /** Looks like DICOM but could not be read: truncated, malformed, or an I/O error. */
        UNREADABLE,
        /** Not a file: an unreadable folder, a broken link or a link loop met by the walk (not counted as scanned). */
        FOLDER_PROBLEM
    }
}
