// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;

/**
 * A Digital X-Ray Image For Presentation (PS3.3 A.26) in MONOCHROME1: 12 bits stored in 16, a chest-like picture
 * (bright direct exposure, lungs, mediastinum, spine, a step wedge) and a VOI LUT Sequence (C.11.2) instead of window
 * values; a second instance of the same pixels has a window with VOI LUT Function SIGMOID instead. In MONOCHROME1
 * the lowest value is white, so dense structures hold low values. As the DX Image module (C.8.11.3) requires,
 * Presentation LUT Shape is INVERSE for MONOCHROME1: the two describe one inversion, not two.
 */
public final class DxMonochrome1 {
    public static final int ROWS = 160;
    public static final int COLUMNS = 128;
    /** Entries of the VOI LUT: one per stored value of 12 bits. */
    public static final int LUT_ENTRIES = 4096;
    public static final int LUT_BITS = 12;
    /** Window of the SIGMOID instance; the VOI LUT of the other instance is this sigmoid sampled. */
    public static final int SIGMOID_CENTER = 2200;
    public static final int SIGMOID_WIDTH = 2000;

    static final SampleHeaders.Series SERIES = new SampleHeaders.Series("dx", 4, "DX", "DX CHEST PA", "105000");

    private DxMonochrome1() {
    }

    /** The stored value at {@code row}, {@code column} (0 to 4095). */
    static int storedValue(int row, int column) {
        if (row >= 144) {
            return 400 + 500 * (column * 8 / COLUMNS); // step wedge: 8 steps from 400 to 3900
        }
        double u = (column + 0.5 - COLUMNS / 2.0) / (COLUMNS / 2.0);
        double v = (row + 0.5 - 72) / 72.0;
        if (Math.abs(u) > 0.85 || v < -0.95 || v > 0.95) {
            return 3900; // direct exposure
        }
        if (Math.abs(u) < 0.08) {
            return 900; // spine
        }
        boolean lung = ellipse(u, v, -0.42, -0.05, 0.30, 0.70) || ellipse(u, v, 0.42, -0.05, 0.30, 0.70);
        if (lung) {
            boolean rib = ((row / 6) & 1) == 0 && (row % 6) < 2;
            return rib ? 1500 : 3000;
        }
        return 1900; // soft tissue and mediastinum
    }

    /**
     * VOI LUT entry for stored value {@code x}: a smooth S-curve over the 12-bit range, the sigmoid of centre
     * {@link #SIGMOID_CENTER} and width {@link #SIGMOID_WIDTH} (exponent -4 (x - c) / w).
     */
    static int lutValue(int x) {
        double s = 1.0 / (1.0 + StrictMath.exp(-4.0 * (x - SIGMOID_CENTER) / SIGMOID_WIDTH));
        return (int) Math.round(s * ((1 << LUT_BITS) - 1));
    }

    /** The X-ray with its VOI LUT Sequence. */
    public static DataSet build() {
        DataSet ds = common(SampleUids.of("dx/instance"), 1);
        // VOI LUT module (C.11.2): a LUT instead of Window Center/Width.
        DataSet lut = DataSet.item(ds);
        lut.setInt(Tag.LUTDescriptor, VR.US, LUT_ENTRIES, 0, LUT_BITS);
        lut.setString(Tag.LUTExplanation, VR.LO, "S-CURVE");
        int[] table = new int[LUT_ENTRIES];
        for (int i = 0; i < LUT_ENTRIES; i++) {
            table[i] = lutValue(i);
        }
        lut.setBytes(Tag.LUTData, VR.OW, SampleHeaders.words(table));
        ds.newSequence(Tag.VOILUTSequence).add(lut);
        return ds;
    }

    /**
     * The same X-ray, second instance of the series, with a window and VOI LUT Function SIGMOID (C.11.2.1.3.1)
     * instead of the LUT. With width {@link #SIGMOID_WIDTH} the sigmoid is the LUT's curve: both files should look
     * alike.
     */
    public static DataSet buildSigmoid() {
        DataSet ds = common(SampleUids.of("dx/instance/sigmoid"), 2);
        ds.setInt(Tag.WindowCenter, VR.DS, SIGMOID_CENTER);
        ds.setInt(Tag.WindowWidth, VR.DS, SIGMOID_WIDTH);
        ds.setString(Tag.WindowCenterWidthExplanation, VR.LO, "S-CURVE");
        ds.setString(Tag.VOILUTFunction, VR.CS, "SIGMOID");
        return ds;
    }

    private static DataSet common(String sopInstance, int instanceNumber) {
        DataSet ds = SampleHeaders.composite(Uid.DigitalXRayImageStorageForPresentation, sopInstance, SERIES,
                instanceNumber);
        // DX Series (C.8.11.1), DX Anatomy Imaged (C.8.11.2), DX Image (C.8.11.3), DX Detector (C.8.11.4)
        ds.setString(Tag.PresentationIntentType, VR.CS, "FOR PRESENTATION");
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
        ds.setString(Tag.PatientOrientation, VR.CS, "L", "F");
        ds.setString(Tag.BodyPartExamined, VR.CS, "CHEST");
        ds.setString(Tag.ImageLaterality, VR.CS, "U");
        ds.setString(Tag.PixelIntensityRelationship, VR.CS, "LIN");
        ds.setInt(Tag.PixelIntensityRelationshipSign, VR.SS, 1);
        ds.setString(Tag.RescaleIntercept, VR.DS, "0");
        ds.setString(Tag.RescaleSlope, VR.DS, "1");
        ds.setString(Tag.RescaleType, VR.LO, "US");
        ds.setString(Tag.PresentationLUTShape, VR.CS, "INVERSE");
        ds.setString(Tag.DetectorType, VR.CS, "SCINTILLATOR");
        ds.setDouble(Tag.ImagerPixelSpacing, VR.DS, 2.5, 2.5);

        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME1");
        ds.setInt(Tag.Rows, VR.US, ROWS);
        ds.setInt(Tag.Columns, VR.US, COLUMNS);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, 12);
        ds.setInt(Tag.HighBit, VR.US, 11);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);

        int[] samples = new int[ROWS * COLUMNS];
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                samples[row * COLUMNS + column] = storedValue(row, column);
            }
        }
        ds.setBytes(Tag.PixelData, VR.OW, SampleHeaders.words(samples));
        return ds;
    }

    private static boolean ellipse(double u, double v, double cu, double cv, double a, double b) {
        double x = (u - cu) / a;
        double y = (v - cv) / b;
        return x * x + y * y <= 1.0;
    }
}
