// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.pixel.Frame;
import org.junit.jupiter.api.Test;

/** Enhanced multi-frame objects: the Frame VOI LUT and Pixel Value Transformation macros per frame over shared. */
class EnhancedTest {
    private static final Frame FRAME = Fixtures.grey(12, false, "MONOCHROME2", 1024, 1064, 1324);

    /** Three frames: shared rescale −1024 and window 0/100; frame 0 window 40/80, frame 1 window 300/600. */
    private static DataSet enhanced() {
        DataSet ds = new DataSet();
        DataSet shared = DataSet.item(ds);
        ds.newSequence(Tag.SharedFunctionalGroupsSequence).add(shared);
        DataSet pvt = DataSet.item(shared);
        pvt.setString(Tag.RescaleSlope, VR.DS, "1");
        pvt.setString(Tag.RescaleIntercept, VR.DS, "-1024");
        shared.newSequence(Tag.PixelValueTransformationSequence).add(pvt);
        shared.newSequence(Tag.FrameVOILUTSequence).add(voi(shared, "0", "100", null));
        for (String[] w : new String[][] {{"40", "80"}, {"300", "600"}, null}) {
            DataSet group = DataSet.item(ds);
            if (w != null) {
                group.newSequence(Tag.FrameVOILUTSequence).add(voi(group, w[0], w[1], w[0].equals("300") ? "SIGMOID"
                        : null));
            }
            ds.newSequence(Tag.PerFrameFunctionalGroupsSequence).add(group);
        }
        return ds;
    }

    private static DataSet voi(DataSet parent, String c, String w, String function) {
        DataSet item = DataSet.item(parent);
        Fixtures.windows(item, c, w);
        if (function != null) {
            item.setString(Tag.VOILUTFunction, VR.CS, function);
        }
        return item;
    }

    @Test
    void perFrameWindowDiffersBetweenFrames() {
        DataSet ds = enhanced();
        Rendered f0 = Renderer.render(ds, FRAME, 0, RenderOptions.defaults());
        Rendered f1 = Renderer.render(ds, FRAME, 1, RenderOptions.defaults());
        assertThat(f0.explanation().step("voi").source()).isEqualTo("FrameVOILUTSequence frame 0");
        assertThat(f0.explanation().step("voi").values()).containsEntry("center", 40.0).containsEntry("width", 80.0);
        assertThat(f1.explanation().step("voi").source()).isEqualTo("FrameVOILUTSequence frame 1");
        assertThat(f1.explanation().step("voi").values()).containsEntry("center", 300.0)
                .containsEntry("function", "SIGMOID");
        assertThat(f0.explanation().step("modality").source()).isEqualTo("PixelValueTransformationSequence shared");
        // stored 1064 = 40 HU: frame 0 LINEAR 40/80 → (40 − (39.5 − 39.5)) / 79 × 255 = 129.11 → 129;
        // frame 1 SIGMOID 300/600 → 255 / (1 + exp(−4 × (40 − 300) / 600)) = 255 / (1 + e^(26/15)) = 38.29 → 38
        assertThat(f0.image().sample(1, 0, 0)).isEqualTo(129);
        assertThat(f1.image().sample(1, 0, 0)).isEqualTo(38);
        assertThat(f1.explanation().frame()).isEqualTo(1);
    }

    @Test
    void aFrameWithoutItsOwnWindowTakesTheShared() {
        Rendered f2 = Renderer.render(enhanced(), FRAME, 2, RenderOptions.defaults());
        assertThat(f2.explanation().step("voi").source()).isEqualTo("FrameVOILUTSequence shared");
        assertThat(f2.explanation().step("voi").values()).containsEntry("center", 0.0).containsEntry("width", 100.0);
    }
}
