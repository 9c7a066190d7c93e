// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.junit.jupiter.api.Test;

/** The modality stage, PS3.3 C.11.1: rescale, the Modality LUT Sequence and the quirks of its descriptor. */
class ModalityTest {
    private final List<String> warnings = new ArrayList<>();

    private static DataSet lutItem(DataSet ds, int entries, int first, int bits, byte[] data) {
        DataSet item = DataSet.item(ds);
        Fixtures.descriptor(item, Tag.LUTDescriptor, entries, first, bits);
        item.setBytes(Tag.LUTData, VR.OW, data);
        ds.newSequence(Tag.ModalityLUTSequence).add(item);
        return item;
    }

    @Test
    void rescalesBySlopeAndIntercept() {
        DataSet ds = new DataSet();
        ds.setString(Tag.RescaleSlope, VR.DS, "0.5");
        ds.setString(Tag.RescaleIntercept, VR.DS, "-1024");
        Stage s = Modality.select(ds, 0, false, false, warnings);
        assertThat(s.apply(2048)).isEqualTo(0);
        assertThat(s.apply(100)).isEqualTo(-974);
        assertThat(s.describe().source()).isEqualTo("RescaleSlope/Intercept");
        assertThat(s.describe().values()).containsEntry("slope", 0.5).containsEntry("intercept", -1024.0);
    }

    @Test
    void absentRescaleIsTheIdentityAndDisablingSkipsIt() {
        DataSet ds = new DataSet();
        assertThat(Modality.select(ds, 0, false, false, warnings).apply(77)).isEqualTo(77);
        ds.setString(Tag.RescaleIntercept, VR.DS, "-1024");
        Stage off = Modality.select(ds, 0, false, true, warnings);
        assertThat(off.apply(77)).isEqualTo(77);
        assertThat(off.describe().source()).isEqualTo("disabled");
    }

    @Test
    void descriptorFirstValueZeroMeans65536Entries() {
        DataSet ds = new DataSet();
        int[] data = new int[65536];
        for (int i = 0; i < data.length; i++) {
            data[i] = i / 2;
        }
        lutItem(ds, 0, 0, 16, Fixtures.words(data));
        Stage s = Modality.select(ds, 0, false, false, warnings);
        assertThat(((ModalityLut) s).lut().size()).isEqualTo(65536);
        assertThat(s.apply(1000)).isEqualTo(500);
        assertThat(s.apply(65535)).isEqualTo(32767);
        assertThat(s.describe().source()).isEqualTo("ModalityLUTSequence");
        assertThat(warnings).isEmpty();
    }

    @Test
    void sixteenBitDescriptorOverEightBitDataIsCorrectedAndInputsClamp() {
        DataSet ds = new DataSet();
        lutItem(ds, 4, 10, 16, Fixtures.words(5, 10, 200, 255));
        ModalityLut s = (ModalityLut) Modality.select(ds, 0, false, false, warnings);
        assertThat(s.lut().bits()).isEqualTo(8);
        assertThat(warnings).singleElement().asString().contains("says 16 bits").contains("read as 8");
        assertThat(s.apply(9)).isEqualTo(5);
        assertThat(s.apply(10)).isEqualTo(5);
        assertThat(s.apply(12)).isEqualTo(200);
        assertThat(s.apply(13)).isEqualTo(255);
        assertThat(s.apply(100)).isEqualTo(255);
    }

    @Test
    void eightBitDescriptorOverSixteenBitDataIsCorrected() {
        DataSet ds = new DataSet();
        lutItem(ds, 3, 0, 8, Fixtures.words(0, 1000, 4000));
        ModalityLut s = (ModalityLut) Modality.select(ds, 0, false, false, warnings);
        assertThat(s.lut().bits()).isEqualTo(16);
        assertThat(warnings).singleElement().asString().contains("says 8 bits").contains("read as 16");
        assertThat(s.apply(2)).isEqualTo(4000);
    }

    @Test
    void eightBitEntriesPackedOneBytePerEntryAreRead() {
        DataSet ds = new DataSet();
        lutItem(ds, 4, 0, 8, Fixtures.bytes(1, 2, 3, 250));
        Stage s = Modality.select(ds, 0, false, false, warnings);
        assertThat(s.apply(1)).isEqualTo(2);
        assertThat(s.apply(3)).isEqualTo(250);
        assertThat(warnings).isEmpty();
    }

    @Test
    void firstMappedIsSignedForSignedPixelData() {
        DataSet ds = new DataSet();
        lutItem(ds, 3, -1, 16, Fixtures.words(100, 200, 300));
        ModalityLut s = (ModalityLut) Modality.select(ds, 0, true, false, warnings);
        assertThat(s.lut().firstMapped()).isEqualTo(-1);
        assertThat(s.apply(-1)).isEqualTo(100);
        assertThat(s.apply(1)).isEqualTo(300);
    }

    @Test
    void enhancedObjectsTakeThePerFrameTransformationOverTheShared() {
        DataSet ds = new DataSet();
        DataSet shared = DataSet.item(ds);
        ds.newSequence(Tag.SharedFunctionalGroupsSequence).add(shared);
        DataSet pvt = DataSet.item(shared);
        pvt.setString(Tag.RescaleSlope, VR.DS, "1");
        pvt.setString(Tag.RescaleIntercept, VR.DS, "-1024");
        shared.newSequence(Tag.PixelValueTransformationSequence).add(pvt);
        DataSet frame0 = DataSet.item(ds);
        DataSet frame1 = DataSet.item(ds);
        ds.newSequence(Tag.PerFrameFunctionalGroupsSequence).add(frame0);
        ds.getSequence(Tag.PerFrameFunctionalGroupsSequence).add(frame1);
        DataSet own = DataSet.item(frame1);
        own.setString(Tag.RescaleSlope, VR.DS, "2");
        own.setString(Tag.RescaleIntercept, VR.DS, "0");
        frame1.newSequence(Tag.PixelValueTransformationSequence).add(own);

        Stage s0 = Modality.select(ds, 0, false, false, warnings);
        Stage s1 = Modality.select(ds, 1, false, false, warnings);
        assertThat(s0.apply(1024)).isEqualTo(0);
        assertThat(s0.describe().source()).isEqualTo("PixelValueTransformationSequence shared");
        assertThat(s1.apply(1024)).isEqualTo(2048);
        assertThat(s1.describe().source()).isEqualTo("PixelValueTransformationSequence frame 1");
    }
}
