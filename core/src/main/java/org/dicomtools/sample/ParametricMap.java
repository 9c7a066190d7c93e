// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;

/**
 * A Parametric Map (PS3.3 A.75) of apparent diffusion coefficient over the {@link HeadPhantom}: {@link #FRAMES}
 * frames of 64×64 IEEE binary32 values in Float Pixel Data (7FE0,0008) with the Floating Point Image Pixel module
 * (C.7.6.24: Bits Allocated 32, no Bits Stored). The functional groups the IOD makes mandatory (A.75.5) are present:
 * shared Pixel Measures, Plane Orientation, Frame Anatomy, Identity Pixel Value Transformation, Frame VOI LUT,
 * Real World Value Mapping (C.7.6.16.2.11, in µm²/s, with the Double Float first/last values mapped that float pixel
 * data needs) and Parametric Map Frame Type; per frame, Frame Content and Plane Position.
 *
 * <p>Values are in µm²/s: CSF 3000, brain 780, bleed 620, infarct 420 (restricted diffusion), fat 150, bone and air
 * 0, plus 0.25 × ((row + column) mod 4) where there is tissue, so they are not integers yet exact in binary32.
 */
public final class ParametricMap {
    public static final int FRAMES = 3;
    public static final int SIZE = 64;
    public static final double WINDOW_CENTER = 1500;
    public static final double WINDOW_WIDTH = 3000;

    static final SampleHeaders.Series SERIES = new SampleHeaders.Series("pm", 7, "MR", "ADC PARAMETRIC MAP",
            "105800");

    private ParametricMap() {
    }

    /** The ADC of a tissue in µm²/s. */
    static double adc(HeadPhantom.Tissue tissue) {
        return switch (tissue) {
            case OUTSIDE, AIR, BONE -> 0;
            case FAT -> 150;
            case BRAIN -> 780;
            case CSF -> 3000;
            case BLEED -> 620;
            case INFARCT -> 420;
        };
    }

    /** The value at {@code row}, {@code column} of frame {@code frame}. */
    static float value(int frame, int row, int column) {
        double t = 0.1 + 0.8 * frame / (FRAMES - 1);
        double base = adc(HeadPhantom.at(HeadPhantom.coordinate(column, SIZE), HeadPhantom.coordinate(row, SIZE), t));
        return (float) (base == 0 ? 0 : base + 0.25 * ((row + column) % 4));
    }

    public static DataSet build() {
        DataSet ds = SampleHeaders.composite(Uid.ParametricMapStorage, SampleUids.of("pm/instance"), SERIES, 1);
        String dimensionOrganization = SampleUids.of("dimension-organization/pm");
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, SampleUids.of("frame-of-reference/pm"));
        ds.setString(Tag.PositionReferenceIndicator, VR.LO, "");
        ds.setString(Tag.BodyPartExamined, VR.CS, "HEAD");

        // Parametric Map Image (C.8.32.2) with Content Identification (Table 10-12)
        ds.setString(Tag.ImageType, VR.CS, "DERIVED", "PRIMARY", "VOLUME", "ADC");
        ds.setString(Tag.ContentLabel, VR.CS, "ADC");
        ds.setString(Tag.ContentDescription, VR.LO, "Apparent diffusion coefficient");
        ds.setString(Tag.ContentCreatorName, VR.PN, "DICOMTOOLS^SAMPLE");
        ds.setString(Tag.PresentationLUTShape, VR.CS, "IDENTITY");
        ds.newSequence(Tag.AcquisitionContextSequence); // Type 2: present, empty (C.7.6.14)

        // Floating Point Image Pixel (C.7.6.24)
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, SIZE);
        ds.setInt(Tag.Columns, VR.US, SIZE);
        ds.setInt(Tag.BitsAllocated, VR.US, 32);

        // Multi-frame Dimension (C.7.6.17): one stack, by position
        DataSet organization = DataSet.item(ds);
        organization.setString(Tag.DimensionOrganizationUID, VR.UI, dimensionOrganization);
        ds.newSequence(Tag.DimensionOrganizationSequence).add(organization);
        ds.setString(Tag.DimensionOrganizationType, VR.CS, "3D");
        DataSet dimension = DataSet.item(ds);
        dimension.setBytes(Tag.DimensionIndexPointer, VR.AT, Values.encodeTags(Tag.InStackPositionNumber));
        dimension.setBytes(Tag.FunctionalGroupPointer, VR.AT, Values.encodeTags(Tag.FrameContentSequence));
        dimension.setString(Tag.DimensionOrganizationUID, VR.UI, dimensionOrganization);
        dimension.setString(Tag.DimensionDescriptionLabel, VR.LO, "Position in stack");
        ds.newSequence(Tag.DimensionIndexSequence).add(dimension);

        // Multi-frame Functional Groups (C.7.6.16)
        ds.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(FRAMES));
        ds.newSequence(Tag.SharedFunctionalGroupsSequence).add(sharedGroups(ds));
        Sequence perFrame = ds.newSequence(Tag.PerFrameFunctionalGroupsSequence);
        ByteBuffer pixels = ByteBuffer.allocate(FRAMES * SIZE * SIZE * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int f = 0; f < FRAMES; f++) {
            perFrame.add(frameGroups(ds, f));
            for (int row = 0; row < SIZE; row++) {
                for (int column = 0; column < SIZE; column++) {
                    pixels.putFloat(value(f, row, column));
                }
            }
        }
        ds.setBytes(Tag.FloatPixelData, VR.OF, pixels.array());
        return ds;
    }

    private static DataSet sharedGroups(DataSet parent) {
        DataSet shared = DataSet.item(parent);
        double spacing = EnhancedMr.FIELD_OF_VIEW / SIZE;
        DataSet measures = DataSet.item(shared);
        measures.setDouble(Tag.PixelSpacing, VR.DS, spacing, spacing);
        measures.setDouble(Tag.SliceThickness, VR.DS, 5.0);
        shared.newSequence(Tag.PixelMeasuresSequence).add(measures);

        DataSet orientation = DataSet.item(shared);
        orientation.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        shared.newSequence(Tag.PlaneOrientationSequence).add(orientation);

        DataSet anatomy = DataSet.item(shared);
        anatomy.setString(Tag.FrameLaterality, VR.CS, "U");
        anatomy.newSequence(Tag.AnatomicRegionSequence).add(code(anatomy, "12738006", "SCT", "Brain"));
        shared.newSequence(Tag.FrameAnatomySequence).add(anatomy);

        // Identity Pixel Value Transformation (C.7.6.16.2.9b)
        DataSet rescale = DataSet.item(shared);
        rescale.setString(Tag.RescaleIntercept, VR.DS, "0");
        rescale.setString(Tag.RescaleSlope, VR.DS, "1");
        rescale.setString(Tag.RescaleType, VR.LO, "US");
        shared.newSequence(Tag.PixelValueTransformationSequence).add(rescale);

        DataSet voi = DataSet.item(shared);
        voi.setDouble(Tag.WindowCenter, VR.DS, WINDOW_CENTER);
        voi.setDouble(Tag.WindowWidth, VR.DS, WINDOW_WIDTH);
        voi.setString(Tag.WindowCenterWidthExplanation, VR.LO, "ADC");
        shared.newSequence(Tag.FrameVOILUTSequence).add(voi);

        // Real World Value Mapping (C.7.6.16.2.11): the stored floats are already µm²/s.
        DataSet mapping = DataSet.item(shared);
        mapping.setDouble(Tag.DoubleFloatRealWorldValueFirstValueMapped, VR.FD, 0.0);
        mapping.setDouble(Tag.DoubleFloatRealWorldValueLastValueMapped, VR.FD, 4000.0);
        mapping.setDouble(Tag.RealWorldValueIntercept, VR.FD, 0.0);
        mapping.setDouble(Tag.RealWorldValueSlope, VR.FD, 1.0);
        mapping.setString(Tag.LUTExplanation, VR.LO, "Apparent diffusion coefficient");
        mapping.setString(Tag.LUTLabel, VR.SH, "ADC");
        mapping.newSequence(Tag.MeasurementUnitsCodeSequence).add(code(mapping, "um2/s", "UCUM", "um2/s"));
        shared.newSequence(Tag.RealWorldValueMappingSequence).add(mapping);

        DataSet frameType = DataSet.item(shared);
        frameType.setString(Tag.FrameType, VR.CS, "DERIVED", "PRIMARY", "VOLUME", "ADC");
        shared.newSequence(Tag.ParametricMapFrameTypeSequence).add(frameType);
        return shared;
    }

    private static DataSet frameGroups(DataSet parent, int frame) {
        DataSet groups = DataSet.item(parent);
        DataSet content = DataSet.item(groups);
        content.setInt(Tag.DimensionIndexValues, VR.UL, frame + 1);
        content.setString(Tag.StackID, VR.SH, "1");
        content.setInt(Tag.InStackPositionNumber, VR.UL, frame + 1);
        groups.newSequence(Tag.FrameContentSequence).add(content);

        double spacing = EnhancedMr.FIELD_OF_VIEW / SIZE;
        double origin = -EnhancedMr.FIELD_OF_VIEW / 2 + spacing / 2;
        DataSet position = DataSet.item(groups);
        position.setDouble(Tag.ImagePositionPatient, VR.DS, origin, origin, (frame - (FRAMES - 1) / 2.0) * 20.0);
        groups.newSequence(Tag.PlanePositionSequence).add(position);
        return groups;
    }

    private static DataSet code(DataSet parent, String value, String scheme, String meaning) {
        DataSet item = DataSet.item(parent);
        item.setString(Tag.CodeValue, VR.SH, value);
        item.setString(Tag.CodingSchemeDesignator, VR.SH, scheme);
        item.setString(Tag.CodeMeaning, VR.LO, meaning);
        return item;
    }
}
