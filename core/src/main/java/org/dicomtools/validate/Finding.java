// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import java.util.Objects;

/**
 * One result of validation.
 *
 * @param severity how serious
 * @param tagPath  where: {@code (0040,A730)[2]>(0008,0100)} for an element inside sequence items (0-based item
 *                 indices), {@code (0028,0010)} at top level, {@code ""} for the file as a whole
 * @param message  what, naming the tag by number and keyword, e.g. {@code (0028,0010) Rows missing}
 */
public record Finding(Severity severity, String tagPath, String message) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(tagPath, "tagPath");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + (tagPath.isEmpty() ? "" : " " + tagPath) + ": " + message;
    }
}
