// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Values;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.Frame;
import org.dicomtools.pixel.NativeFrames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first slice of the shared CT series: 12 bits stored in 16, unsigned, Rescale Intercept −1024, windows 35/80 and
 * 700/3200. The first window applies in HU: its LINEAR thresholds are −5 and 74 HU, i.e. stored 1019 and 1098.
 */
class RealCtTest {
    private static final Path FILE = Path.of("../../shared/data/sample_series/IM-0001-0001.dcm");
    private static DataSet ds;
    private static Frame frame;

    @BeforeAll
    static void read() {
        if (!Files.isRegularFile(FILE)) {
            return;
        }
        ds = DicomReader.read(FILE).dataSet();
        byte[] b = NativeFrames.of(ds).frame(0);
        int[] v = new int[512 * 512];
        for (int i = 0; i < v.length; i++) {
            v[i] = Values.u16(b, 2 * i) & 0x0FFF;
        }
        frame = new Frame(512, 512, 1, 12, false, "MONOCHROME2", v, null);
    }

    @Test
    void appliesTheFirstWindowInHounsfieldUnits() {
        assumeTrue(ds != null, "sample series absent");
        RenderPlan plan = Renderer.plan(ds, frame, 0, RenderOptions.defaults());
        LookupTable t = plan.lookupTable();
        assertThat(t.size()).isEqualTo(4096);
        // 1059 − 1024 = 35 HU: (35 − (35 − 0.5 − 39.5)) / 79 × 255 = 40 / 79 × 255 = 129.11 → 129
        assertThat(t.get(1059)).isEqualTo(129);
        assertThat(t.get(1018)).isEqualTo(0);
        assertThat(t.get(1019)).isEqualTo(0);
        // −4 HU: 1 / 79 × 255 = 3.23 → 3
        assertThat(t.get(1020)).isEqualTo(3);
        assertThat(t.get(1098)).isEqualTo(255);
        assertThat(t.get(1099)).isEqualTo(255);

        OutputImage img = plan.apply(frame);
        assertThat(img.sample(286, 27, 0)).isEqualTo(129);   // stored 1059
        assertThat(img.sample(1, 200, 0)).isEqualTo(0);      // stored 11
        assertThat(img.sample(140, 200, 0)).isEqualTo(255);  // stored 1481
        assertThat(img.sample(256, 256, 0)).isEqualTo(207);  // stored 1083 = 59 HU: 64 / 79 × 255 = 206.58
    }

    @Test
    void explainsTheWindowItChose() {
        assumeTrue(ds != null, "sample series absent");
        Rendered r = Renderer.render(ds, frame, 0, RenderOptions.defaults());
        String json = r.explanation().toJson();
        assertThat(json).contains("\"source\":\"WindowCenter/Width [0] of 2\"")
                .contains("\"center\":35.0,\"width\":80.0,\"function\":\"LINEAR\",\"explanation\":\"WINDOW1\"")
                .contains("\"source\":\"RescaleSlope/Intercept\",\"slope\":1.0,\"intercept\":-1024.0");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void rendersSixteenBitsWhenForced() {
        assumeTrue(ds != null, "sample series absent");
        Rendered r = Renderer.render(ds, frame, 0, RenderOptions.defaults().withForce16Bit(true));
        assertThat(r.image().bits()).isEqualTo(16);
        // 40 / 79 × 65535 = 33182.28
        assertThat(r.image().sample(286, 27, 0)).isEqualTo(33182);
        assertThat(r.image().sample(140, 200, 0)).isEqualTo(65535);
    }

    @Test
    void secondWindowIsPickedByIndex() {
        assumeTrue(ds != null, "sample series absent");
        Rendered r = Renderer.render(ds, frame, 0, RenderOptions.defaults().withVoiIndex(1));
        assertThat(r.explanation().step("voi").source()).isEqualTo("WindowCenter/Width [1] of 2");
        // 1083 = 59 HU in c = 700, w = 3200: (59 − (699.5 − 1599.5)) / 3199 × 255 = 76.45 → 76
        assertThat(r.image().sample(256, 256, 0)).isEqualTo(76);
    }
}
