// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.junit.jupiter.api.Test;

/** PALETTE COLOR with 8-bit, 16-bit and segmented tables (PS3.3 C.7.6.3.1.5, C.7.9.2). */
class PaletteTest {
    private static final int[] DESCRIPTORS = {Tag.RedPaletteColorLookupTableDescriptor,
        Tag.GreenPaletteColorLookupTableDescriptor, Tag.BluePaletteColorLookupTableDescriptor};
    private static final int[] DATA = {Tag.RedPaletteColorLookupTableData, Tag.GreenPaletteColorLookupTableData,
        Tag.BluePaletteColorLookupTableData};
    private static final int[] SEGMENTED = {Tag.SegmentedRedPaletteColorLookupTableData,
        Tag.SegmentedGreenPaletteColorLookupTableData, Tag.SegmentedBluePaletteColorLookupTableData};

    private static DataSet palette(int entries, int first, int bits, byte[] red, byte[] green, byte[] blue,
                                   int[] dataTags) {
        DataSet ds = new DataSet();
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "PALETTE COLOR");
        byte[][] data = {red, green, blue};
        for (int c = 0; c < 3; c++) {
            Fixtures.descriptor(ds, DESCRIPTORS[c], entries, first, bits);
            ds.setBytes(dataTags[c], VR.OW, data[c]);
        }
        return ds;
    }

    private static int[] pixel(Rendered r, int x) {
        return new int[] {r.image().sample(x, 0, 0), r.image().sample(x, 0, 1), r.image().sample(x, 0, 2)};
    }

    private static Rendered render(DataSet ds, boolean wide, int... stored) {
        return Renderer.render(ds, Fixtures.grey(8, false, "PALETTE COLOR", stored), 0,
                RenderOptions.defaults().withForce16Bit(wide));
    }

    @Test
    void eightBitEntriesOneBytePerEntry() {
        DataSet ds = palette(4, 0, 8, Fixtures.bytes(0, 85, 170, 255), Fixtures.bytes(255, 170, 85, 0),
                Fixtures.bytes(10, 20, 30, 40), DATA);
        Rendered r = render(ds, false, 0, 1, 3);
        assertThat(r.image().channels()).isEqualTo(3);
        assertThat(pixel(r, 0)).containsExactly(0, 255, 10);
        assertThat(pixel(r, 1)).containsExactly(85, 170, 20);
        assertThat(pixel(r, 2)).containsExactly(255, 0, 40);
        assertThat(r.warnings()).isEmpty();
        // widened: × 65535 / 255 = × 257
        assertThat(pixel(render(ds, true, 1), 0)).containsExactly(85 * 257, 170 * 257, 20 * 257);
    }

    @Test
    void eightBitEntriesInSixteenBitWords() {
        DataSet ds = palette(4, 0, 8, Fixtures.words(0, 85, 170, 255), Fixtures.words(0, 0, 0, 0),
                Fixtures.words(1, 1, 1, 1), DATA);
        assertThat(pixel(render(ds, false, 2), 0)).containsExactly(170, 0, 1);
    }

    @Test
    void sixteenBitEntriesScaleToEightBitsAndClampOutsideTheTable() {
        DataSet ds = palette(4, 10, 16, Fixtures.words(0, 0x5555, 0xAAAA, 0xFFFF),
                Fixtures.words(0xFFFF, 0x8080, 0x0101, 0), Fixtures.words(0x1000, 0x2000, 0x3000, 0x4000), DATA);
        Rendered r = render(ds, false, 9, 11, 12, 200);
        // below the first mapped value → first entry; v × 255 / 65535 = v / 257: 0x8080 → 128, 0x1000 → 15.94 → 16
        assertThat(pixel(r, 0)).containsExactly(0, 255, 16);
        assertThat(pixel(r, 1)).containsExactly(85, 128, 32);
        assertThat(pixel(r, 2)).containsExactly(170, 1, 48);
        assertThat(pixel(r, 3)).containsExactly(255, 0, 64);
        assertThat(pixel(render(ds, true, 11), 0)).containsExactly(0x5555, 0x8080, 0x2000);
    }

    @Test
    void segmentedTablesExpandDiscreteLinearAndIndirectSegments() {
        // red: discrete 10 20 30; linear to 70 over 4 → 40 50 60 70; linear to 0 over 3 → 46.67 23.33 0 → 47 23 0;
        // indirect: 2 segments from byte offset 0 → discrete 10 20 30, then linear from 30 to 70 → 40 50 60 70
        byte[] red = Fixtures.words(0, 3, 10, 20, 30, 1, 4, 70, 1, 3, 0, 2, 2, 0, 0);
        // green: discrete 0, then linear to 255 over 16: 255 j / 16 → 15.94 → 16 for j = 1, 255 for j = 16
        byte[] green = Fixtures.words(0, 1, 0, 1, 16, 255);
        byte[] blue = Fixtures.words(0, 17, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        DataSet ds = palette(17, 0, 8, red, green, blue, SEGMENTED);
        int[] stored = new int[17];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = i;
        }
        Rendered r = render(ds, false, stored);
        int[] expectedRed = {10, 20, 30, 40, 50, 60, 70, 47, 23, 0, 10, 20, 30, 40, 50, 60, 70};
        for (int i = 0; i < 17; i++) {
            assertThat(r.image().sample(i, 0, 0)).as("red %d", i).isEqualTo(expectedRed[i]);
            assertThat(r.image().sample(i, 0, 2)).as("blue %d", i).isEqualTo(i);
        }
        assertThat(r.image().sample(1, 0, 1)).isEqualTo(16);
        assertThat(r.image().sample(16, 0, 1)).isEqualTo(255);
        assertThat(r.explanation().step("colour").source()).isEqualTo("PALETTE COLOR segmented");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void indirectOffsetsAreBytesFromTheStartOfTheData() {
        // byte offset 10 = word 5, the linear segment: executed again from the discrete 30 before it
        byte[] data = Fixtures.words(0, 3, 10, 20, 30, 1, 4, 70, 0, 1, 30, 2, 1, 10, 0);
        List<String> warnings = new ArrayList<>();
        int[] out = SegmentedPalette.expand(data, 12, 16, warnings, "test");
        assertThat(out).containsExactly(10, 20, 30, 40, 50, 60, 70, 30, 40, 50, 60, 70);
        assertThat(warnings).isEmpty();
    }

    @Test
    void malformedSegmentsAreRejected() {
        List<String> w = new ArrayList<>();
        assertThatThrownBy(() -> SegmentedPalette.expand(Fixtures.words(1, 2, 5), 2, 16, w, "t"))
                .hasMessageContaining("linear segment cannot be first");
        assertThatThrownBy(() -> SegmentedPalette.expand(Fixtures.words(0, 1, 5, 2, 1, 6, 0, 2, 1, 0, 0), 9, 16, w,
                "t")).hasMessageContaining("copies another");
        assertThatThrownBy(() -> SegmentedPalette.expand(Fixtures.words(7, 1), 2, 16, w, "t"))
                .hasMessageContaining("reserved");
    }

    @Test
    void aMissingPaletteRendersGreyWithAWarning() {
        DataSet ds = new DataSet();
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "PALETTE COLOR");
        Rendered r = render(ds, false, 0, 255);
        assertThat(r.image().channels()).isEqualTo(1);
        assertThat(r.warnings()).anyMatch(s -> s.contains("rendered as grey"));
    }
}
