// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.dict.Tag;

/**
 * Chooses the modality stage (PS3.3 C.11.1, PS3.4 N.2.1.1) of a frame: the Pixel Value Transformation Sequence of
 * the frame's or the shared functional groups (enhanced objects), else the Modality LUT Sequence, else Rescale
 * Slope/Intercept (1 and 0 when absent).
 */
public final class Modality {

    private Modality() {
    }

    /**
     * The modality transform of a frame for callers outside rendering (statistics in modality units): the same choice
     * the renderer makes, repairs reported to {@code warnings}.
     */
    public static Stage of(DataSet ds, int frameIndex, boolean signed, List<String> warnings) {
        return select(ds, frameIndex, signed, false, warnings);
    }

    static Stage select(DataSet ds, int frameIndex, boolean signed, boolean disabled, List<String> warnings) {
        if (disabled) {
            return Rescale.identity("disabled");
        }
        FunctionalGroups.Found pvt = FunctionalGroups.find(ds, frameIndex, Tag.PixelValueTransformationSequence);
        if (pvt != null) {
            return rescale(pvt.item(), "PixelValueTransformationSequence " + pvt.where(), warnings);
        }
        Sequence lutSeq = ds.getSequence(Tag.ModalityLUTSequence);
        if (lutSeq != null && !lutSeq.isEmpty()) {
            if (ds.contains(Tag.RescaleSlope) || ds.contains(Tag.RescaleIntercept)) {
                warnings.add("both (0028,3000) ModalityLUTSequence and Rescale Slope/Intercept are present (PS3.3"
                        + " C.11.1 allows one); using the LUT");
            }
            Lut lut = Lut.read(lutSeq.get(0), Tag.LUTDescriptor, Tag.LUTData, signed, warnings);
            if (lut != null) {
                return new ModalityLut(lut, "ModalityLUTSequence");
            }
            warnings.add("(0028,3000) ModalityLUTSequence unusable; falling back to Rescale Slope/Intercept");
        }
        if (!ds.contains(Tag.RescaleSlope) && !ds.contains(Tag.RescaleIntercept)) {
            return Rescale.identity("identity (no RescaleSlope/Intercept)");
        }
        return rescale(ds, "RescaleSlope/Intercept", warnings);
    }

    private static Rescale rescale(DataSet item, String source, List<String> warnings) {
        double slope = item.getDouble(Tag.RescaleSlope, 1);
        double intercept = item.getDouble(Tag.RescaleIntercept, 0);
        if (slope == 0 || !Double.isFinite(slope)) {
            warnings.add("(0028,1053) RescaleSlope " + slope + " in " + source + " is not usable; using 1");
            slope = 1;
        }
        if (!Double.isFinite(intercept)) {
            warnings.add("(0028,1052) RescaleIntercept " + intercept + " in " + source + " is not usable; using 0");
            intercept = 0;
        }
        return new Rescale(slope, intercept, source);
    }
}
