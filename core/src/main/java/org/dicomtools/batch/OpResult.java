// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.error.DicomException;

/**
 * What an operation made of one file.
 *
 * @param output   the (first) file written, or {@code null}
 * @param message  a short note for the report (e.g. {@code already uncompressed}), or {@code null}
 * @param fields   the operation's own facts about the file, in a fixed order; values are strings, numbers, booleans,
 *                 lists and maps of them, or {@code null}
 * @param failure  set when the file counts as failed although it was processed (validation errors), else
 *                 {@code null}
 * @param detail   the operation's typed result for callers that want more than the fields (the
 *                 {@link org.dicomtools.deident.DeidentifyResult} of anonymize), or {@code null}; not kept after the
 *                 outcome is handed to the listener
 */
public record OpResult(Path output, String message, Map<String, Object> fields, DicomException failure,
                       Object detail) {

    public OpResult {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A success. */
    public static OpResult ok(Path output, String message, Map<String, Object> fields) {
        return new OpResult(output, message, fields, null, null);
    }
}
