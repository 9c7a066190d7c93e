// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.ElementDictionary;

/**
 * The three values of a LUT Descriptor (PS3.3 C.11.1.1.1 Modality LUT, C.11.2.1.1 VOI LUT, C.7.6.3.1.5 Palette
 * Color): number of entries (0 means 65536), first stored or input value mapped (US or SS: signed when the VR says SS
 * or the pixel data are signed) and bits per entry, which real files get wrong and {@link Lut#of} corrects from the
 * data.
 *
 * @param entries     number of entries, 1..65536
 * @param firstMapped input value mapped to the first entry
 * @param bits        bits per entry as the descriptor says
 */
public record LutDescriptor(int entries, int firstMapped, int bits) {

    /**
     * Reads a descriptor from its raw bytes (three 16-bit values, little-endian).
     *
     * @param signed whether the first value mapped is SS when the element's own VR does not say (Pixel Representation)
     * @return the descriptor, or {@code null} when the element is absent or shorter than three values
     */
    public static LutDescriptor read(DataSet ds, int tag, boolean signed) {
        Element e = ds.get(tag);
        if (e == null || !e.hasBytes()) {
            return null;
        }
        byte[] b = e.bytes();
        if (b.length < 6) {
            return null;
        }
        int n = Values.u16(b, 0);
        int first = Values.u16(b, 2);
        if (e.vr() == VR.SS || signed) {
            first = (short) first;
        }
        return new LutDescriptor(n == 0 ? 65536 : n, first, Values.u16(b, 4));
    }

    /** A tag for messages: number and keyword, e.g. {@code (0028,3002) LUTDescriptor}. */
    static String name(int tag) {
        String k = ElementDictionary.standard().keywordOf(tag);
        return Tags.format(tag) + (k == null || k.isEmpty() ? "" : " " + k);
    }
}
