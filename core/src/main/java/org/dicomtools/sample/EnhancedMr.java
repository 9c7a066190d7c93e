// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;

/**
 * A multi-frame Enhanced MR Image (PS3.3 A.36.2) of the {@link HeadPhantom}: 64×64 frames, 16-bit unsigned,
 * T1-like contrast. Geometry and rescale live in the Shared Functional Groups, position, frame content and a window
 * per frame in the Per-Frame Functional Groups (C.7.6.16); the frames are indexed by stack and in-stack position
 * (Multi-frame Dimension, C.7.6.17).
 */
public final class EnhancedMr {
    public static final int DEFAULT_FRAMES = 8;
    public static final int SIZE = 64;
    public static final double FIELD_OF_VIEW = 230.0;
    public static final double SLICE_SPACING = 10.0;

    static final SampleHeaders.Series SERIES = new SampleHeaders.Series("mr", 2, "MR", "MR T1 ENHANCED", "103000");

    private EnhancedMr() {
    }

    /** Signal of each tissue on a T1-weighted image: fat bright, white matter brighter than CSF, bone dark. */
    static int signal(HeadPhantom.Tissue tissue) {
        return switch (tissue) {
            case OUTSIDE, AIR -> 0;
            case FAT -> 900;
            case BONE -> 60;
            case BRAIN -> 600;
            case CSF -> 150;
            case BLEED -> 820;
            case INFARCT -> 350;
        };
    }

    /** The stored value at row {@code row}, column {@code column} of frame {@code frame} (0-based). */
    static int storedValue(int frame, int frames, int row, int column) {
        double t = frames == 1 ? 0.5 : 0.1 + 0.8 * frame / (frames - 1);
        return signal(HeadPhantom.at(HeadPhantom.coordinate(column, SIZE), HeadPhantom.coordinate(row, SIZE), t));
    }

    /** An instance with {@code frames} frames. */
    public static DataSet build(int frames) {
        if (frames < 1 || frames > 1000) {
            throw new IllegalArgumentException("frames must be from 1 to 1000");
        }
        String seed = "mr/" + frames;
        SampleHeaders.Series series = new SampleHeaders.Series(seed, SERIES.number(), SERIES.modality(),
                SERIES.description(), SERIES.time());
        DataSet ds = SampleHeaders.composite(Uid.EnhancedMRImageStorage, SampleUids.of(seed + "/instance"), series, 1);
        String frameOfReference = SampleUids.of("frame-of-reference/" + seed);
        String dimensionOrganization = SampleUids.of("dimension-organization/" + seed);
        ds.setString(Tag.FrameOfReferenceUID, VR.UI, frameOfReference);
        ds.setString(Tag.PositionReferenceIndicator, VR.LO, "");
        ds.setString(Tag.BodyPartExamined, VR.CS, "HEAD");
        ds.setString(Tag.PatientPosition, VR.CS, "HFS");

        // Enhanced MR Image (C.8.13.1) with the MR Image and Spectroscopy Instance macro (C.8.13.2)
        ds.setString(Tag.ImageType, VR.CS, "DERIVED", "PRIMARY", "VOLUME", "NONE");
        ds.setString(Tag.PixelPresentation, VR.CS, "MONOCHROME");
        ds.setString(Tag.VolumetricProperties, VR.CS, "VOLUME");
        ds.setString(Tag.VolumeBasedCalculationTechnique, VR.CS, "NONE");
        ds.setString(Tag.ComplexImageComponent, VR.CS, "MAGNITUDE");
        ds.setString(Tag.AcquisitionContrast, VR.CS, "T1");
        ds.setString(Tag.ContentQualification, VR.CS, "RESEARCH");
        ds.setString(Tag.ResonantNucleus, VR.CS, "1H");
        ds.setString(Tag.KSpaceFiltering, VR.CS, "NONE");
        ds.setString(Tag.MagneticFieldStrength, VR.DS, "1.5");
        ds.setString(Tag.AcquisitionDateTime, VR.DT, SampleHeaders.STUDY_DATE + SERIES.time());
        ds.setDouble(Tag.AcquisitionDuration, VR.FD, 95.0);
        ds.setString(Tag.DerivationDescription, VR.ST, "Synthetic head phantom");
        ds.setString(Tag.PresentationLUTShape, VR.CS, "IDENTITY");
        ds.newSequence(Tag.AcquisitionContextSequence); // Type 2: present, empty (C.7.6.14)

        // Image Pixel (C.7.6.3)
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, SIZE);
        ds.setInt(Tag.Columns, VR.US, SIZE);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, 16);
        ds.setInt(Tag.HighBit, VR.US, 15);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);

        // Multi-frame Dimension (C.7.6.17): stack, then position in the stack
        DataSet organization = DataSet.item(ds);
        organization.setString(Tag.DimensionOrganizationUID, VR.UI, dimensionOrganization);
        ds.newSequence(Tag.DimensionOrganizationSequence).add(organization);
        ds.setString(Tag.DimensionOrganizationType, VR.CS, "3D");
        Sequence index = ds.newSequence(Tag.DimensionIndexSequence);
        index.add(dimension(ds, Tag.StackID, dimensionOrganization, "Stack"));
        index.add(dimension(ds, Tag.InStackPositionNumber, dimensionOrganization, "Position in stack"));

        // Multi-frame Functional Groups (C.7.6.16)
        ds.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(frames));
        ds.newSequence(Tag.SharedFunctionalGroupsSequence).add(sharedGroups(ds));
        Sequence perFrame = ds.newSequence(Tag.PerFrameFunctionalGroupsSequence);
        int[] samples = new int[frames * SIZE * SIZE];
        for (int f = 0; f < frames; f++) {
            long sum = 0;
            int count = 0;
            for (int row = 0; row < SIZE; row++) {
                for (int column = 0; column < SIZE; column++) {
                    int v = storedValue(f, frames, row, column);
                    samples[(f * SIZE + row) * SIZE + column] = v;
                    if (v > 0) {
                        sum += v;
                        count++;
                    }
                }
            }
            perFrame.add(frameGroups(ds, f, frames, count == 0 ? 0 : (int) (sum / count)));
        }
        ds.setBytes(Tag.PixelData, VR.OW, SampleHeaders.words(samples));
        return ds;
    }

    private static DataSet dimension(DataSet parent, int pointer, String organization, String label) {
        DataSet item = DataSet.item(parent);
        item.setBytes(Tag.DimensionIndexPointer, VR.AT, Values.encodeTags(pointer));
        item.setBytes(Tag.FunctionalGroupPointer, VR.AT, Values.encodeTags(Tag.FrameContentSequence));
        item.setString(Tag.DimensionOrganizationUID, VR.UI, organization);
        item.setString(Tag.DimensionDescriptionLabel, VR.LO, label);
        return item;
    }

    private static DataSet sharedGroups(DataSet parent) {
        DataSet shared = DataSet.item(parent);
        double spacing = FIELD_OF_VIEW / SIZE;

        DataSet measures = DataSet.item(shared);
        measures.setDouble(Tag.PixelSpacing, VR.DS, spacing, spacing);
        measures.setDouble(Tag.SliceThickness, VR.DS, 5.0);
        measures.setDouble(Tag.SpacingBetweenSlices, VR.DS, SLICE_SPACING);
        shared.newSequence(Tag.PixelMeasuresSequence).add(measures);

        DataSet orientation = DataSet.item(shared);
        orientation.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        shared.newSequence(Tag.PlaneOrientationSequence).add(orientation);

        DataSet rescale = DataSet.item(shared);
        rescale.setString(Tag.RescaleIntercept, VR.DS, "0");
        rescale.setString(Tag.RescaleSlope, VR.DS, "1");
        rescale.setString(Tag.RescaleType, VR.LO, "US");
        shared.newSequence(Tag.PixelValueTransformationSequence).add(rescale);

        DataSet frameType = DataSet.item(shared);
        frameType.setString(Tag.FrameType, VR.CS, "DERIVED", "PRIMARY", "VOLUME", "NONE");
        frameType.setString(Tag.PixelPresentation, VR.CS, "MONOCHROME");
        frameType.setString(Tag.VolumetricProperties, VR.CS, "VOLUME");
        frameType.setString(Tag.VolumeBasedCalculationTechnique, VR.CS, "NONE");
        frameType.setString(Tag.ComplexImageComponent, VR.CS, "MAGNITUDE");
        frameType.setString(Tag.AcquisitionContrast, VR.CS, "T1");
        shared.newSequence(Tag.MRImageFrameTypeSequence).add(frameType);
        return shared;
    }

    private static DataSet frameGroups(DataSet parent, int frame, int frames, int meanSignal) {
        DataSet groups = DataSet.item(parent);
        double spacing = FIELD_OF_VIEW / SIZE;
        double origin = -FIELD_OF_VIEW / 2 + spacing / 2;
        double z = (frame - (frames - 1) / 2.0) * SLICE_SPACING;

        DataSet content = DataSet.item(groups);
        content.setInt(Tag.FrameAcquisitionNumber, VR.US, frame + 1);
        String acquired = SampleHeaders.STUDY_DATE + timeAfterStart(frame * 95 / frames);
        content.setString(Tag.FrameReferenceDateTime, VR.DT, acquired);
        content.setString(Tag.FrameAcquisitionDateTime, VR.DT, acquired);
        content.setDouble(Tag.FrameAcquisitionDuration, VR.FD, 95.0 / frames);
        content.setInt(Tag.DimensionIndexValues, VR.UL, 1, frame + 1);
        content.setString(Tag.StackID, VR.SH, "1");
        content.setInt(Tag.InStackPositionNumber, VR.UL, frame + 1);
        groups.newSequence(Tag.FrameContentSequence).add(content);

        DataSet position = DataSet.item(groups);
        position.setDouble(Tag.ImagePositionPatient, VR.DS, origin, origin, z);
        groups.newSequence(Tag.PlanePositionSequence).add(position);

        // A window centred on each frame's mean tissue signal and narrowing along the stack, so that per-frame VOI
        // visibly matters: a renderer that applies the first frame's window to every frame gets the contrast wrong.
        DataSet voi = DataSet.item(groups);
        voi.setInt(Tag.WindowCenter, VR.DS, meanSignal);
        voi.setInt(Tag.WindowWidth, VR.DS, windowWidth(frame, frames));
        voi.setString(Tag.WindowCenterWidthExplanation, VR.LO, "FRAME " + (frame + 1));
        groups.newSequence(Tag.FrameVOILUTSequence).add(voi);
        return groups;
    }

    /** The window width of frame {@code frame}: from 1200 on the first frame down to 500 on the last. */
    static int windowWidth(int frame, int frames) {
        return frames == 1 ? 1000 : 1200 - 700 * frame / (frames - 1);
    }

    /** The series time plus {@code seconds}, as TM {@code HHMMSS}. */
    private static String timeAfterStart(int seconds) {
        String start = SERIES.time();
        int total = Integer.parseInt(start.substring(0, 2)) * 3600 + Integer.parseInt(start.substring(2, 4)) * 60
                + Integer.parseInt(start.substring(4, 6)) + seconds;
        return String.format(java.util.Locale.ROOT, "%02d%02d%02d", total / 3600 % 24, total / 60 % 60, total % 60);
    }
}
