// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;

/**
 * An element's value as one line of text for reports and listings: strings and numbers as values joined by
 * backslash, sequences and binary data summarised. Bulk values are never read: a summary needs only their length.
 */
final class ValueText {
    private static final int PIXEL_DATA = 0x7FE00010;
    /** Binary values up to this length are shown in hex, longer ones only by their length. */
    private static final int HEX_LIMIT = 64;

    private ValueText() {
    }

    static String of(DataSet ds, Element e) {
        if (e.isSequence()) {
            int n = e.sequence().size();
            return "[Sequence with " + n + " item(s)]";
        }
        if (e.isFragments()) {
            return e.tag() == PIXEL_DATA ? "[Pixel Data - " + encapsulatedLength(e.fragments()) + " bytes]"
                    : "[Encapsulated data - " + encapsulatedLength(e.fragments()) + " bytes]";
        }
        if (e.tag() == PIXEL_DATA) {
            return "[Pixel Data - " + e.length() + " bytes]";
        }
        VR vr = e.vr();
        if (e.isBulkData() || vr.kind() == VR.Kind.BULK) {
            return e.length() <= HEX_LIMIT && !e.isBulkData() ? Values.hex(e.bytes(), vr) : "[Binary data - " + e.length()
                    + " bytes]";
        }
        if (e.isEmpty()) {
            return "";
        }
        // Decoded from the element itself, which may have left the data set (a delete).
        String s = vr.isString() ? Values.string(e.bytes(), vr, ds.specificCharacterSet()) : Values.display(e);
        return s == null ? "[" + e.length() + " bytes]" : s;
    }

    /** The bytes the encapsulated value holds: offset table and fragments, each with its 8-byte item header. */
    private static long encapsulatedLength(Fragments f) {
        long n = 8 + f.basicOffsetTable().length;
        for (int i = 0; i < f.size(); i++) {
            long len = f.fragmentLength(i);
            n += 8 + len + (len & 1);
        }
        return n;
    }

    /** How a tag is named in a path: its keyword, or the tag for private and unknown elements. */
    static String name(int tag, String keyword) {
        return keyword.isEmpty() || Tags.isPrivate(tag) ? Tags.format(tag) : keyword;
    }
}
