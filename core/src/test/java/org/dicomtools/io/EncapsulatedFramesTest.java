// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.MalformedDicomException;
import org.junit.jupiter.api.Test;

class EncapsulatedFramesTest {
    private static final byte[] SOI = {(byte) 0xFF, (byte) 0xD8, 0, 0};
    private static final byte[] MID = {1, 2, 3, 4, 5, 6};

    /** Frame 0 in fragments 0-1, frame 1 in fragment 2, frame 2 in fragments 3-4. */
    private static Fragments fiveFragments(byte[] bot) {
        Fragments f = new Fragments(bot);
        f.add(SOI);
        f.add(MID);
        f.add(SOI);
        f.add(SOI);
        f.add(MID);
        return f;
    }

    @Test
    void basicOffsetTableAssignsFragmentsToFrames() {
        // Items are 8 + length bytes: 12, 14, 12, 12, 14.
        byte[] bot = Values.encodeIntegers(VR.UL, 0, 26, 38);
        assertThat(EncapsulatedFrames.locate(null, fiveFragments(bot), 3))
                .isDeepEqualTo(new int[][] {{0, 1}, {2}, {3, 4}});
    }

    @Test
    void extendedOffsetTableWinsOverAnEmptyBasicTable() {
        DataSet ds = new DataSet();
        ds.setBytes(Tag.ExtendedOffsetTable, VR.OV, Values.encodeIntegers(VR.UV, 0, 26, 38));
        assertThat(EncapsulatedFrames.locate(ds, fiveFragments(null), 3))
                .isDeepEqualTo(new int[][] {{0, 1}, {2}, {3, 4}});
    }

    @Test
    void withoutTablesFramesStartAtJpegMarkers() {
        assertThat(EncapsulatedFrames.locate(null, fiveFragments(null), 3))
                .isDeepEqualTo(new int[][] {{0, 1}, {2}, {3, 4}});
    }

    @Test
    void oneFragmentPerFrameWhenCountsAgreeAndAllForOneFrame() {
        Fragments f = fiveFragments(null);
        assertThat(EncapsulatedFrames.locate(null, f, 5)).hasNumberOfRows(5);
        assertThat(EncapsulatedFrames.locate(null, f, 1)).isDeepEqualTo(new int[][] {{0, 1, 2, 3, 4}});
    }

    @Test
    void fragmentsThatCannotMakeTheFramesAreAnError() {
        assertThatThrownBy(() -> EncapsulatedFrames.locate(null, fiveFragments(null), 2))
                .isInstanceOf(MalformedDicomException.class).hasMessageContaining("cannot be assigned to 2 frames");
    }
}
