// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.nio.file.Path;
import java.util.Map;

/**
 * What happened to one file found by the walk.
 *
 * @param path       the file below the input folder
 * @param status     ok, failed or skipped
 * @param output     the output written, below the output folder ({@code null} when nothing was written)
 * @param failure    why it failed ({@code null} unless {@link Status#FAILED}); an exception that is not a
 *                   {@link org.dicomtools.error.DicomException} is an internal error
 * @param message    the failure's message, the reason for skipping, or a note about the success; may be {@code null}
 * @param elapsedNanos time spent on the file
 * @param size       the input's size in bytes (0 for what was not a regular file)
 * @param fields     the operation's facts about the file (empty when skipped)
 * @param detail     the operation's typed result, see {@link OpResult#detail()}
 */
public record FileOutcome(Path path, Status status, Path output, Throwable failure, String message,
                          long elapsedNanos, long size, Map<String, Object> fields, Object detail) {

    /** The three ways a file can end. */
    public enum Status {
        OK, FAILED, SKIPPED;

        /** The lower-case word of reports: {@code ok}, {@code failed}, {@code skipped}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The reason a file whose output is already there is skipped by resume. */
    public static final String RESUMED = "resume: output exists";

    public FileOutcome {
        fields = fields == null ? Map.of() : fields;
    }

    /** Whether this file was skipped because resume found its output. */
    public boolean resumed() {
        return status == Status.SKIPPED && RESUMED.equals(message);
    }
}
