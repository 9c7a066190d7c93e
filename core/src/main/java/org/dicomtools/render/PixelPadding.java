// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;

/**
 * Stored values that are padding, not image (PS3.3 C.7.5.1.1.2): Pixel Padding Value (0028,0120) alone, or the range
 * from it to Pixel Padding Range Limit (0028,0121), either way round, inclusive. Excluded from frame statistics.
 *
 * @param lo lowest padding value
 * @param hi highest padding value
 */
record PixelPadding(long lo, long hi) {

    /** The padding of a data set, or {@code null} when (0028,0120) is absent. */
    static PixelPadding read(DataSet ds, boolean signed) {
        Long value = value(ds, Tag.PixelPaddingValue, signed);
        if (value == null) {
            return null;
        }
        Long limit = value(ds, Tag.PixelPaddingRangeLimit, signed);
        if (limit == null) {
            return new PixelPadding(value, value);
        }
        return new PixelPadding(Math.min(value, limit), Math.max(value, limit));
    }

    boolean contains(double stored) {
        return stored >= lo && stored <= hi;
    }

    // US or SS per Pixel Representation; a US value above 32767 in signed data is a negative SS written as US.
    private static Long value(DataSet ds, int tag, boolean signed) {
        Element e = ds.get(tag);
        long[] v = ds.getLongs(tag);
        if (e == null || v.length == 0) {
            return null;
        }
        long x = v[0];
        if (signed && e.vr() != VR.SS && x > 0x7FFF && x <= 0xFFFF) {
            x -= 0x10000;
        }
        return x;
    }
}
