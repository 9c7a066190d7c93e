// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

/**
 * How {@link DicomJsonWriter} writes the DICOM JSON model.
 *
 * @param bulkDataUri values of the bulk VRs (OB, OD, OF, OL, OV, OW, UN) that are still held in their file
 *                    ({@link org.dicomtools.data.BulkData}) are written as {@code "BulkDataURI"} pointing into that
 *                    file instead of being read and written as {@code "InlineBinary"}; see {@link BulkDataUris} for
 *                    the URI form. Values in memory, encapsulated Pixel Data and values of big-endian files are
 *                    always inline. Default false.
 * @param pretty      indent the output (two spaces, one attribute a line); default false, the compact form
 */
public record JsonWriteOptions(boolean bulkDataUri, boolean pretty) {

    /** Compact, every binary value inline: a self-contained document. */
    public static final JsonWriteOptions DEFAULT = new JsonWriteOptions(false, false);
    /** Indented, every binary value inline. */
    public static final JsonWriteOptions PRETTY = new JsonWriteOptions(false, true);
    /** Compact, values left in their file referenced by {@code file:} URIs. */
    public static final JsonWriteOptions BULK_DATA_URI = new JsonWriteOptions(true, false);

    public JsonWriteOptions withBulkDataUri(boolean uri) {
        return new JsonWriteOptions(uri, pretty);
    }

    public JsonWriteOptions withPretty(boolean indent) {
        return new JsonWriteOptions(bulkDataUri, indent);
    }
}
