// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.error;

/** DICOM that cannot be parsed past a point: carries the byte offset and the tag path where parsing stopped. */
public final class MalformedDicomException extends DicomException {
    private final long offset;
    private final String tagPath;

    public MalformedDicomException(String problem, long offset, String tagPath) {
        this(problem, offset, tagPath, null);
    }

    public MalformedDicomException(String problem, long offset, String tagPath, Throwable cause) {
        super(problem + " at offset " + offset + (tagPath == null || tagPath.isEmpty() ? "" : " in " + tagPath), cause);
        this.offset = offset;
        this.tagPath = tagPath == null ? "" : tagPath;
    }

    /** Byte offset in the file (in the inflated stream for deflated files) where the problem was found. */
    public long offset() {
        return offset;
    }

    /** Where in the data set, e.g. {@code (0040,A730)[2]>(0008,0100)}; empty at top level. */
    public String tagPath() {
        return tagPath;
    }
}
