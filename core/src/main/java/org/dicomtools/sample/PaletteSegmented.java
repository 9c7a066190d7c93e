// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;

/**
 * An Ultrasound Image (PS3.3 A.6, whose Palette Color Lookup Table module C.7.9 allows segmented tables) in PALETTE
 * COLOR with 256-entry, 16-bit palettes held only as Segmented Palette Color Lookup Table Data (0028,1221-1223,
 * C.7.9.2): no plain table data is present, so a renderer must expand the segments. The pixels are a horizontal
 * ramp, index = column, over the top half and the reverse ramp below, so each column shows one palette entry.
 *
 * <p>The segments, all of 16-bit words:
 * <ul>
 *   <li>red: discrete {0}, then linear over 255 entries to 65535: entry i is 257 i;</li>
 *   <li>green: discrete {0}, linear over 63 entries to 65520 (entry i is 1040 i up to 63), discrete 64 entries of
 *       stripes (65535 for 4, 16384 for 4, ...), then indirect: copy the 3 segments from byte offset 0, so entries
 *       128-255 repeat entries 0-127;</li>
 *   <li>blue: discrete {65535}, then linear over 255 entries to 0: entry i is 65535 - 257 i.</li>
 * </ul>
 * Every linear step is a whole number, so no rounding convention matters; the indirect offset is 0, which reads the
 * same whether taken in bytes (as C.7.9.2.3 says) or in words.
 */
public final class PaletteSegmented {
    public static final int ROWS = 32;
    public static final int COLUMNS = 256;
    public static final int ENTRIES = 256;

    static final SampleHeaders.Series SERIES = new SampleHeaders.Series("pal-segmented", 6, "US",
            "SEGMENTED PALETTE COLOR", "105700");

    private static final int DISCRETE = 0;
    private static final int LINEAR = 1;
    private static final int INDIRECT = 2;

    private PaletteSegmented() {
    }

    /** The palette index at {@code row}, {@code column}. */
    static int index(int row, int column) {
        return row < ROWS / 2 ? column : 255 - column;
    }

    /** Entry {@code i} of the expanded tables: red, green, blue. */
    static int[] entry(int i) {
        int k = i % 128;
        int green = k < 64 ? 1040 * k : k % 8 < 4 ? 65535 : 16384;
        return new int[] {257 * i, green, 65535 - 257 * i};
    }

    /** The segmented red table. */
    static int[] redSegments() {
        return new int[] {DISCRETE, 1, 0, LINEAR, 255, 65535};
    }

    /** The segmented green table. */
    static int[] greenSegments() {
        List<Integer> words = new ArrayList<>(List.of(DISCRETE, 1, 0, LINEAR, 63, 65520, DISCRETE, 64));
        for (int k = 64; k < 128; k++) {
            words.add(k % 8 < 4 ? 65535 : 16384);
        }
        words.addAll(List.of(INDIRECT, 3, 0, 0)); // 3 segments from byte offset 0 (low word, high word)
        return words.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The segmented blue table. */
    static int[] blueSegments() {
        return new int[] {DISCRETE, 1, 65535, LINEAR, 255, 0};
    }

    public static DataSet build() {
        DataSet ds = SampleHeaders.composite(Uid.UltrasoundImageStorage, SampleUids.of("pal-segmented/instance"),
                SERIES, 1);
        ds.setString(Tag.ImageType, VR.CS, "DERIVED", "SECONDARY");
        ds.setString(Tag.PatientOrientation, VR.CS, "");
        ds.setString(Tag.BodyPartExamined, VR.CS, "ABDOMEN");

        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "PALETTE COLOR");
        ds.setInt(Tag.Rows, VR.US, ROWS);
        ds.setInt(Tag.Columns, VR.US, COLUMNS);
        ds.setInt(Tag.BitsAllocated, VR.US, 8);
        ds.setInt(Tag.BitsStored, VR.US, 8);
        ds.setInt(Tag.HighBit, VR.US, 7);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);

        // Palette Color Lookup Table (C.7.9): descriptors as usual, the data only in segmented form.
        ds.setInt(Tag.RedPaletteColorLookupTableDescriptor, VR.US, ENTRIES, 0, 16);
        ds.setInt(Tag.GreenPaletteColorLookupTableDescriptor, VR.US, ENTRIES, 0, 16);
        ds.setInt(Tag.BluePaletteColorLookupTableDescriptor, VR.US, ENTRIES, 0, 16);
        ds.setBytes(Tag.SegmentedRedPaletteColorLookupTableData, VR.OW, SampleHeaders.words(redSegments()));
        ds.setBytes(Tag.SegmentedGreenPaletteColorLookupTableData, VR.OW, SampleHeaders.words(greenSegments()));
        ds.setBytes(Tag.SegmentedBluePaletteColorLookupTableData, VR.OW, SampleHeaders.words(blueSegments()));

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
