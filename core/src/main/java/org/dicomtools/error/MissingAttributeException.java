// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.error;

import org.dicomtools.data.Tags;

/** A required attribute is absent or empty, e.g. {@code (0028,0010) Rows missing}. */
public final class MissingAttributeException extends DicomException {
    private final int tag;

    public MissingAttributeException(int tag, String keyword) {
        super(Tags.format(tag) + (keyword == null || keyword.isEmpty() ? "" : " " + keyword) + " missing");
        this.tag = tag;
    }

    public int tag() {
        return tag;
    }
}
