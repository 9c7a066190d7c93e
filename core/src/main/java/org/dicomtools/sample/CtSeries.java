// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;

/**
 * An axial CT series of the {@link HeadPhantom} in Hounsfield units (CT Image IOD, PS3.3 A.3): 16-bit signed stored
 * values with Rescale Intercept -1024, so stored = HU + 1024; pixels outside the reconstruction circle hold the Pixel
 * Padding Value -2000. Two windows, brain and bone.
 */
public final class CtSeries {
    /** The default matrix: small enough for fast tests. */
    public static final int DEFAULT_SIZE = 128;
    public static final int DEFAULT_SLICES = 20;
    /** Field of view in mm; the pixel spacing is this divided by the matrix size. */
    public static final double FIELD_OF_VIEW = 240.0;
    public static final double SLICE_THICKNESS = 5.0;
    public static final int RESCALE_INTERCEPT = -1024;
    /** Stored value outside the reconstruction circle (HU -3024 after rescale). */
    public static final int PADDING = -2000;

    static final SampleHeaders.Series SERIES = new SampleHeaders.Series("ct", 1, "CT", "CT HEAD PHANTOM", "102000");

    private CtSeries() {
    }

    /** The Hounsfield value of each tissue. */
    static int hounsfield(HeadPhantom.Tissue tissue) {
        return switch (tissue) {
            case OUTSIDE -> PADDING + RESCALE_INTERCEPT;
            case AIR -> -1000;
            case FAT -> -90;
            case BONE -> 1000;
            case BRAIN -> 35;
            case CSF -> 10;
            case BLEED -> 65;
            case INFARCT -> 20;
        };
    }

    /** {@code slices} slices of 128×128. */
    public static List<DataSet> build(int slices) {
        return build(slices, DEFAULT_SIZE);
    }

    /** {@code slices} slices of {@code size}×{@code size} (e.g. 512 for a full-size series). */
    public static List<DataSet> build(int slices, int size) {
        checkSize(slices, size);
        List<DataSet> out = new ArrayList<>(slices);
        for (int i = 0; i < slices; i++) {
            out.add(slice(i, slices, size));
        }
        return out;
    }

    /** The stored value (HU - intercept) at row {@code row}, column {@code column} of slice {@code index}. */
    static int storedValue(int index, int slices, int size, int row, int column) {
        double t = slices == 1 ? 0.5 : index / (double) (slices - 1);
        HeadPhantom.Tissue tissue = HeadPhantom.at(HeadPhantom.coordinate(column, size),
                HeadPhantom.coordinate(row, size), t);
        return tissue == HeadPhantom.Tissue.OUTSIDE ? PADDING : hounsfield(tissue) - RESCALE_INTERCEPT;
    }

    static void checkSize(int slices, int size) {
        if (slices < 1 || size < 8 || size > 2048) {
            throw new IllegalArgumentException("need at least 1 slice and a size from 8 to 2048");
        }
    }

    /** Slice {@code index} (0-based) of a series of {@code slices} slices of {@code size}×{@code size}. */
    static DataSet slice(int index, int slices, int size) {
        checkSize(slices, size);
        if (index < 0 || index >= slices) {
            throw new IllegalArgumentException("slice " + index + " outside 0.." + (slices - 1));
        }
        String seed = "ct/" + size + "x" + slices;
        SampleHeaders.Series series = new SampleHeaders.Series(seed, SERIES.number(), SERIES.modality(),
                SERIES.description(), SERIES.time());
        DataSet ds = SampleHeaders.composite(Uid.CTImageStorage, SampleUids.of(seed + "/instance/" + index), series,
                index + 1);
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setString(Tag.AcquisitionNumber, VR.IS, "1");
        ds.setString(Tag.AcquisitionDate, VR.DA, SampleHeaders.STUDY_DATE);
        ds.setString(Tag.AcquisitionTime, VR.TM, SERIES.time());
        ds.setString(Tag.BodyPartExamined, VR.CS, "HEAD");
        ds.setString(Tag.PatientPosition, VR.CS, "HFS");

        // Frame of Reference (C.7.4.1) and Image Plane (C.7.6.2)
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, SampleUids.of("frame-of-reference/" + seed));
        ds.setString(Tag.PositionReferenceIndicator, VR.LO, "");
        double spacing = FIELD_OF_VIEW / size;
        double z = (index - (slices - 1) / 2.0) * SLICE_THICKNESS;
        double origin = -FIELD_OF_VIEW / 2 + spacing / 2;
        ds.setDouble(Tag.PixelSpacing, VR.DS, spacing, spacing);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, origin, origin, z);
        ds.setDouble(Tag.SliceThickness, VR.DS, SLICE_THICKNESS);
        ds.setDouble(Tag.SliceLocation, VR.DS, z);

        // CT Image (C.8.2.1)
        ds.setString(Tag.KVP, VR.DS, "120");
        ds.setString(Tag.ConvolutionKernel, VR.SH, "H30S");
        ds.setDouble(Tag.DataCollectionDiameter, VR.DS, FIELD_OF_VIEW);
        ds.setDouble(Tag.ReconstructionDiameter, VR.DS, FIELD_OF_VIEW);
        ds.setString(Tag.RescaleIntercept, VR.DS, Integer.toString(RESCALE_INTERCEPT));
        ds.setString(Tag.RescaleSlope, VR.DS, "1");
        ds.setString(Tag.RescaleType, VR.LO, "HU");

        // VOI LUT (C.11.2): brain and bone windows
        ds.setString(Tag.WindowCenter, VR.DS, "40", "400");
        ds.setString(Tag.WindowWidth, VR.DS, "80", "2000");
        ds.setString(Tag.WindowCenterWidthExplanation, VR.LO, "BRAIN", "BONE");

        // Image Pixel (C.7.6.3), Pixel Padding Value from General Equipment (C.7.5.1)
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, size);
        ds.setInt(Tag.Columns, VR.US, size);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, 16);
        ds.setInt(Tag.HighBit, VR.US, 15);
        ds.setInt(Tag.PixelRepresentation, VR.US, 1);
        ds.setInt(Tag.PixelPaddingValue, VR.SS, PADDING);

        int[] samples = new int[size * size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                samples[row * size + column] = storedValue(index, slices, size, row, column);
            }
        }
        ds.setBytes(Tag.PixelData, VR.OW, SampleHeaders.words(samples));
        return ds;
    }
}
