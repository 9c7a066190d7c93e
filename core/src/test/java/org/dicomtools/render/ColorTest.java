// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.junit.jupiter.api.Test;

/** Colour conversion to RGB against values worked by hand. */
class ColorTest {

    private static int[] pixel(Rendered r, int x) {
        return new int[] {r.image().sample(x, 0, 0), r.image().sample(x, 0, 1), r.image().sample(x, 0, 2)};
    }

    private static Rendered render(String photometric, int... samples) {
        DataSet ds = new DataSet();
        ds.setString(Tag.PhotometricInterpretation, VR.CS, photometric);
        return Renderer.render(ds, Fixtures.colour(photometric, samples), 0, RenderOptions.defaults());
    }

    @Test
    void convertsYbrFullByTheT871Equations() {
        Rendered r = render("YBR_FULL", 128, 128, 128, 76, 85, 255, 255, 128, 128, 100, 150, 90);
        assertThat(pixel(r, 0)).containsExactly(128, 128, 128);
        // R = 76 + 1.402 × 127 = 254.05; G = 76 + 0.344136 × 43 − 0.714136 × 127 = 0.10; B = 76 − 1.772 × 43 < 0
        assertThat(pixel(r, 1)).containsExactly(254, 0, 0);
        assertThat(pixel(r, 2)).containsExactly(255, 255, 255);
        // R = 100 − 1.402 × 38 = 46.72; G = 100 − 0.344136 × 22 + 0.714136 × 38 = 119.57; B = 100 + 1.772 × 22 = 138.98
        assertThat(pixel(r, 3)).containsExactly(47, 120, 139);
        assertThat(r.explanation().step("colour").source()).contains("T.871");
        assertThat(r.explanation().step("modality").source()).startsWith("not applied");
    }

    @Test
    void ybrFull422ExpandedIsTheSameConversion() {
        assertThat(pixel(render("YBR_FULL_422", 100, 150, 90), 0)).containsExactly(47, 120, 139);
    }

    @Test
    void convertsYbrRctExactly() {
        // Cb' = 10, Cr' = −20: G = 100 − floor(−10 / 4) = 103, R = −20 + 103 = 83, B = 10 + 103 = 113
        assertThat(pixel(render("YBR_RCT", 100, 138, 108), 0)).containsExactly(83, 103, 113);
    }

    @Test
    void convertsYbrIct() {
        // R = 100 − 1.402 × 38 = 46.72; G = 100 − 0.34413 × 22 + 0.71414 × 38 = 119.57; B = 138.98
        assertThat(pixel(render("YBR_ICT", 100, 150, 90), 0)).containsExactly(47, 120, 139);
    }

    @Test
    void convertsYbrPartialBlackAndWhite() {
        Rendered r = render("YBR_PARTIAL_420", 16, 128, 128, 235, 128, 128);
        assertThat(pixel(r, 0)).containsExactly(0, 0, 0);
        assertThat(pixel(r, 1)).containsExactly(255, 255, 255);
    }

    @Test
    void partialInverseUndoesTheForwardMatrix() {
        double[] rgb = new double[3];
        // forward of (200, 100, 50) by C.7.6.3.1.2
        double y = 0.2568 * 200 + 0.5041 * 100 + 0.0979 * 50 + 16;
        double cb = -0.1482 * 200 - 0.2910 * 100 + 0.4392 * 50;
        double cr = 0.4392 * 200 - 0.3678 * 100 - 0.0714 * 50;
        ColorConversion.convert(ColorConversion.Kind.YBR_PARTIAL, y, cb, cr, 8, rgb);
        assertThat(rgb[0]).isCloseTo(200, within(1e-9));
        assertThat(rgb[1]).isCloseTo(100, within(1e-9));
        assertThat(rgb[2]).isCloseTo(50, within(1e-9));
    }

    @Test
    void rgbPassesThroughAndWidensTo16Bits() {
        DataSet ds = new DataSet();
        Rendered r = Renderer.render(ds, Fixtures.colour("RGB", 0, 1, 255), 0,
                RenderOptions.defaults().withForce16Bit(true));
        assertThat(r.image().bits()).isEqualTo(16);
        assertThat(pixel(r, 0)).containsExactly(0, 257, 65535);
    }

    @Test
    void colourIgnoresTheFilesWindowButTakesAnExplicitOnePerChannel() {
        DataSet ds = new DataSet();
        Fixtures.windows(ds, "40", "400");
        Rendered file = Renderer.render(ds, Fixtures.colour("RGB", 10, 128, 250), 0, RenderOptions.defaults());
        assertThat(pixel(file, 0)).containsExactly(10, 128, 250);
        Rendered asked = Renderer.render(ds, Fixtures.colour("RGB", 10, 128, 250), 0,
                RenderOptions.defaults().withWindow(128, 2));
        assertThat(pixel(asked, 0)).containsExactly(0, 255, 255);
        assertThat(asked.explanation().step("voi").source()).isEqualTo("window from options, per channel");
    }
}
