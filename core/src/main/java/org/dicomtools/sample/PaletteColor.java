// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;

/**
 * A Secondary Capture Image (PS3.3 A.8.1) in PALETTE COLOR: 8-bit indices into 256-entry red, green and blue lookup
 * tables of 16-bit entries (Palette Color Lookup Table module, C.7.9; descriptor of C.7.6.3.1.5). The indices form
 * concentric rings with a diagonal ramp, and the palette runs black → blue → red → yellow → white.
 */
public final class PaletteColor {
    public static final int ROWS = 80;
    public static final int COLUMNS = 120;
    public static final int ENTRIES = 256;

    static final SampleHeaders.Series SERIES = new SampleHeaders.Series("pal", 5, "OT", "PALETTE COLOR CAPTURE",
            "105500");

    private PaletteColor() {
    }

    /** The palette index at {@code row}, {@code column}. */
    static int index(int row, int column) {
        int dr = row - ROWS / 2;
        int dc = column - COLUMNS / 2;
        int ring = (int) Math.sqrt(dr * dr + dc * dc) / 8;
        int ramp = (row + column) * 255 / (ROWS + COLUMNS - 2);
        return (ring % 2 == 0 ? ramp : 255 - ramp) & 0xFF;
    }

    /** The 16-bit red, green and blue of palette entry {@code i}. */
    static int[] entry(int i) {
        // Four legs of 64 entries: black→blue, blue→red, red→yellow, yellow→white.
        int leg = i / 64;
        int f = (i % 64) * 65535 / 63;
        return switch (leg) {
            case 0 -> new int[] {0, 0, f};
            case 1 -> new int[] {f, 0, 65535 - f};
            case 2 -> new int[] {65535, f, 0};
            default -> new int[] {65535, 65535, f};
        };
    }

    public static DataSet build() {
        DataSet ds = SampleHeaders.composite(Uid.SecondaryCaptureImageStorage, SampleUids.of("pal/instance"), SERIES,
                1);
        ds.setString(Tag.ImageType, VR.CS, "DERIVED", "SECONDARY");
        ds.setString(Tag.PatientOrientation, VR.CS, "");
        ds.setString(Tag.ConversionType, VR.CS, "WSD"); // SC Equipment (C.8.6.1)

        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "PALETTE COLOR");
        ds.setInt(Tag.Rows, VR.US, ROWS);
        ds.setInt(Tag.Columns, VR.US, COLUMNS);
        ds.setInt(Tag.BitsAllocated, VR.US, 8);
        ds.setInt(Tag.BitsStored, VR.US, 8);
        ds.setInt(Tag.HighBit, VR.US, 7);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);

        int[][] channels = new int[3][ENTRIES];
        for (int i = 0; i < ENTRIES; i++) {
            int[] rgb = entry(i);
            for (int c = 0; c < 3; c++) {
                channels[c][i] = rgb[c];
            }
        }
        ds.setInt(Tag.RedPaletteColorLookupTableDescriptor, VR.US, ENTRIES, 0, 16);
        ds.setInt(Tag.GreenPaletteColorLookupTableDescriptor, VR.US, ENTRIES, 0, 16);
        ds.setInt(Tag.BluePaletteColorLookupTableDescriptor, VR.US, ENTRIES, 0, 16);
        ds.setBytes(Tag.RedPaletteColorLookupTableData, VR.OW, SampleHeaders.words(channels[0]));
        ds.setBytes(Tag.GreenPaletteColorLookupTableData, VR.OW, SampleHeaders.words(channels[1]));
        ds.setBytes(Tag.BluePaletteColorLookupTableData, VR.OW, SampleHeaders.words(channels[2]));

        byte[] pixels = new byte[ROWS * COLUMNS];
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                pixels[row * COLUMNS + column] = (byte) index(row, column);
            }
        }
        ds.setBytes(Tag.PixelData, VR.OB, pixels);
        return ds;
    }
}
