// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;

/**
 * An 8-bit RGB Ultrasound Image (PS3.3 A.6, US Image module C.8.5.6): colour-by-pixel (Planar Configuration 0), a
 * red/green gradient with a dark circular "cyst", a white rectangle and a yellow triangle, so that channel order and
 * planar configuration mistakes show.
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

    public static DataSet build() {
        DataSet ds = SampleHeaders.composite(Uid.UltrasoundImageStorage, SampleUids.of("us/instance"), SERIES, 1);
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
        ds.setString(Tag.PatientOrientation, VR.CS, "");
        ds.setString(Tag.BodyPartExamined, VR.CS, "ABDOMEN");
        ds.setInt(Tag.SamplesPerPixel, VR.US, 3);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "RGB");
        ds.setInt(Tag.PlanarConfiguration, VR.US, 0);
        ds.setInt(Tag.Rows, VR.US, ROWS);
        ds.setInt(Tag.Columns, VR.US, COLUMNS);
        ds.setInt(Tag.BitsAllocated, VR.US, 8);
        ds.setInt(Tag.BitsStored, VR.US, 8);
        ds.setInt(Tag.HighBit, VR.US, 7);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);

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
}
