// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.operations;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.dict.Tag;

/**
 * Rescale Slope and Intercept of a frame (PS3.3 C.11.1.1.2): the Pixel Value Transformation of the frame's
 * per-frame functional group, else the shared one (C.7.6.16.2.9), else the top-level attributes, else 1 and 0.
 */
public record Rescale(double slope, double intercept) {
    public static final Rescale IDENTITY = new Rescale(1, 0);

    public static Rescale of(DataSet ds, int frame) {
        Rescale r = fromGroups(ds.getSequence(Tag.PerFrameFunctionalGroupsSequence), frame);
        if (r == null) {
            r = fromGroups(ds.getSequence(Tag.SharedFunctionalGroupsSequence), 0);
        }
        return r != null ? r : fromItem(ds) != null ? fromItem(ds) : IDENTITY;
    }

    private static Rescale fromGroups(Sequence groups, int index) {
        if (groups == null || index >= groups.size()) {
            return null;
        }
        Sequence pvt = groups.get(index).getSequence(Tag.PixelValueTransformationSequence);
        return pvt == null || pvt.isEmpty() ? null : fromItem(pvt.get(0));
    }

    private static Rescale fromItem(DataSet item) {
        if (!item.contains(Tag.RescaleSlope) && !item.contains(Tag.RescaleIntercept)) {
            return null;
        }
        return new Rescale(item.getDouble(Tag.RescaleSlope, 1), item.getDouble(Tag.RescaleIntercept, 0));
    }

    public double apply(double v) {
        return v * slope + intercept;
    }
}
