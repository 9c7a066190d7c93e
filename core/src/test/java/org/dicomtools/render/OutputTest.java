// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.pixel.Frame;
import org.junit.jupiter.api.Test;

/** Output depth, the baked table, the per-pixel path for float data and the explanation's JSON. */
class OutputTest {

    @Test
    void bakesOneTableIndexedByStoredValueWithAnOffsetForSignedData() {
        Frame f = Fixtures.grey(16, true, "MONOCHROME2", -1000, 0, 1000);
        RenderPlan plan = Renderer.plan(new DataSet(), f, 0, RenderOptions.defaults().withWindow(0, 2001));
        LookupTable t = plan.lookupTable();
        assertThat(t.size()).isEqualTo(65536);
        assertThat(t.offset()).isEqualTo(-32768);
        OutputImage img = plan.apply(f);
        // LINEAR 0/2001: lower threshold −1000.5; (0 + 1000.5) / 2000 × 255 = 127.56 → 128
        assertThat(img.sample(0, 0, 0)).isEqualTo(0);
        assertThat(img.sample(1, 0, 0)).isEqualTo(128);
        assertThat(img.sample(2, 0, 0)).isEqualTo(255);
    }

    @Test
    void oneTableRendersOtherFramesOfTheSeries() {
        RenderPlan plan = Renderer.plan(new DataSet(), Fixtures.grey(8, false, "MONOCHROME2", 0, 255), 0,
                RenderOptions.defaults().withWindow(128, 256));
        // LINEAR 128/256 on 8 bits: lower threshold 0, (x − 0) / 255 × 255 = x
        OutputImage other = plan.apply(Fixtures.grey(8, false, "MONOCHROME2", 10, 20, 30));
        assertThat(other.sample(0, 0, 0)).isEqualTo(10);
        assertThat(other.sample(2, 0, 0)).isEqualTo(30);
        assertThat(LookupTable.bake(List.of(Rescale.identity("t")), 0, 3, 8).get(99)).isEqualTo(3);
    }

    @Test
    void force16BitWritesSixteenBitSamples() {
        Rendered r = Renderer.render(new DataSet(), Fixtures.grey(12, false, "MONOCHROME2", 0, 2048, 4095), 0,
                RenderOptions.defaults().withForce16Bit(true).withWindow(2048, 4096));
        assertThat(r.image().bits()).isEqualTo(16);
        // 2048 / 4095 × 65535 = 32775.99 → 32776
        assertThat(r.image().sample(1, 0, 0)).isEqualTo(32776);
        assertThat(r.image().sample(2, 0, 0)).isEqualTo(65535);
        assertThat(r.explanation().step("output").values()).containsEntry("bits", 16).containsEntry("lutSize", 4096);
    }

    @Test
    void floatDataIsComputedPerPixel() {
        Frame f = new Frame(3, 1, 1, 32, false, "MONOCHROME2", null, new double[] {-0.5, 0.25, 1.5});
        Rendered r = Renderer.render(new DataSet(), f, 0, RenderOptions.defaults());
        assertThat(r.explanation().step("output").source()).isEqualTo("computed per pixel");
        assertThat(r.explanation().step("voi").source()).isEqualTo("min-max excluding padding");
        // −0.5..1.5: 0.25 → 0.375 × 255 = 95.6 → 96
        assertThat(new int[] {r.image().sample(0, 0, 0), r.image().sample(1, 0, 0), r.image().sample(2, 0, 0)})
                .containsExactly(0, 96, 255);
    }

    @Test
    void explanationJsonIsDeterministic() {
        Rendered r = Renderer.render(new DataSet(), Fixtures.grey(8, false, "MONOCHROME2", 0, 255), 0,
                RenderOptions.defaults().withWindow(128, 256));
        String expected = "{\"frame\":0,\"photometric\":\"MONOCHROME2\",\"stages\":["
                + "{\"stage\":\"modality\",\"source\":\"identity (no RescaleSlope/Intercept)\",\"slope\":1.0,"
                + "\"intercept\":0.0},"
                + "{\"stage\":\"voi\",\"source\":\"window from options\",\"center\":128.0,\"width\":256.0,"
                + "\"function\":\"LINEAR\"},"
                + "{\"stage\":\"presentation\",\"source\":\"MONOCHROME2\",\"invert\":false},"
                + "{\"stage\":\"output\",\"source\":\"lookup table\",\"bits\":8,\"channels\":1,\"lutSize\":256,"
                + "\"lutOffset\":0}]}";
        assertThat(r.explanation().toJson()).isEqualTo(expected);
        assertThat(Renderer.render(new DataSet(), Fixtures.grey(8, false, "MONOCHROME2", 0, 255), 0,
                RenderOptions.defaults().withWindow(128, 256)).explanation().toJson()).isEqualTo(expected);
    }
}
