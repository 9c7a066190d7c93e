// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;

/**
 * An 8-bit RGB Ultrasound Image (PS3.3 A.6, US Image module C.8.5.6): colour-by-pixel (Planar Configuration 0), a
 * red/green gradient with a dark circular "cyst", a white rectangle and a yellow triangle, so that channel order and
 * planar configuration mistakes show. Two more instances of the series hold the same picture by plane (Planar
 * Configuration 1) and as native YBR_FULL_422, so that all three should render alike.
 */
public final class UltrasoundRgb {
    public static final int ROWS = 64;
    public static final int COLUMNS = 96;

    static final SampleHeaders.Series SERIES = new SampleHeaders.Series("us", 3, "US", "US RGB PHANTOM", "104000");

    private UltrasoundRgb() {
    }

    /** The {@code r, g, b} of the pixel at {@code row}, {@code column}. */
    static int[] rgb(int row, int column) {
        int dr = row - 32;
        int dc = column - 60;
        if (dr * dr + dc * dc <= 12 * 12) {
            return new int[] {0, 0, 0}; // cyst
        }
        if (row >= 8 && row < 20 && column >= 8 && column < 28) {
            return new int[] {255, 255, 255};
        }
        // Triangle with its apex at (40, 18) widening downwards to row 58.
        if (row >= 40 && row < 58 && Math.abs(column - 18) <= (row - 40) / 2) {
            return new int[] {255, 255, 0};
        }
        return new int[] {column * 255 / (COLUMNS - 1), row * 255 / (ROWS - 1), 128};
    }

    /**
     * Full-range Y, CB, CR of an RGB colour (ITU-T T.871 / JFIF, DICOM YBR_FULL, PS3.3 C.7.6.3.1.2), unrounded.
     */
    static double[] ybr(int[] rgb) {
        double r = rgb[0];
        double g = rgb[1];
        double b = rgb[2];
        return new double[] {
            0.299 * r + 0.587 * g + 0.114 * b,
            128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
            128 + 0.5 * r - 0.418688 * g - 0.081312 * b};
    }

    /** The picture as RGB by pixel (Planar Configuration 0), instance 1 of the series. */
    public static DataSet build() {
        DataSet ds = common("us/instance", 1, "RGB", 0);
        byte[] pixels = new byte[ROWS * COLUMNS * 3];
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                int[] c = rgb(row, column);
                int at = (row * COLUMNS + column) * 3;
                pixels[at] = (byte) c[0];
                pixels[at + 1] = (byte) c[1];
                pixels[at + 2] = (byte) c[2];
            }
        }
        ds.setBytes(Tag.PixelData, VR.OB, pixels);
        return ds;
    }

    /** The same picture as RGB by plane (Planar Configuration 1: all red, then all green, then all blue). */
    public static DataSet buildPlanar() {
        DataSet ds = common("us/instance/planar", 2, "RGB", 1);
        int plane = ROWS * COLUMNS;
        byte[] pixels = new byte[plane * 3];
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                int[] c = rgb(row, column);
                for (int k = 0; k < 3; k++) {
                    pixels[k * plane + row * COLUMNS + column] = (byte) c[k];
                }
            }
        }
        ds.setBytes(Tag.PixelData, VR.OB, pixels);
        return ds;
    }

    /**
     * The same picture as native YBR_FULL_422 (PS3.3 C.7.6.3.1.2): for each pair of pixels of a row, Y1 Y2 CB CR,
     * the chrominance of the pair being that of the mean of its two colours, rounded to the nearest integer.
     */
    public static DataSet buildYbrFull422() {
        DataSet ds = common("us/instance/ybr422", 3, "YBR_FULL_422", 0);
        byte[] pixels = new byte[ROWS * COLUMNS * 2];
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column += 2) {
                int[] pair = ybr422(row, column);
                int at = (row * COLUMNS + column) * 2;
                for (int k = 0; k < 4; k++) {
                    pixels[at + k] = (byte) pair[k];
                }
            }
        }
        ds.setBytes(Tag.PixelData, VR.OB, pixels);
        return ds;
    }

    /** Y1, Y2, CB, CR of the pixels at {@code column} (even) and {@code column + 1} of {@code row}. */
    static int[] ybr422(int row, int column) {
        double[] a = ybr(rgb(row, column));
        double[] b = ybr(rgb(row, column + 1));
        return new int[] {clamp(a[0]), clamp(b[0]), clamp((a[1] + b[1]) / 2), clamp((a[2] + b[2]) / 2)};
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static DataSet common(String seed, int instanceNumber, String photometric, int planar) {
        DataSet ds = SampleHeaders.composite(Uid.UltrasoundImageStorage, SampleUids.of(seed), SERIES, instanceNumber);
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
        ds.setString(Tag.PatientOrientation, VR.CS, "");
        ds.setString(Tag.BodyPartExamined, VR.CS, "ABDOMEN");
        ds.setInt(Tag.SamplesPerPixel, VR.US, 3);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, photometric);
        ds.setInt(Tag.PlanarConfiguration, VR.US, planar);
        ds.setInt(Tag.Rows, VR.US, ROWS);
        ds.setInt(Tag.Columns, VR.US, COLUMNS);
        ds.setInt(Tag.BitsAllocated, VR.US, 8);
        ds.setInt(Tag.BitsStored, VR.US, 8);
        ds.setInt(Tag.HighBit, VR.US, 7);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        return ds;
    }
}
