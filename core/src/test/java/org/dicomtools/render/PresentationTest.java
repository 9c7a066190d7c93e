// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.pixel.Frame;
import org.junit.jupiter.api.Test;

/** The presentation stage: MONOCHROME1 and Presentation LUT Shape INVERSE invert once, after VOI. */
class PresentationTest {

    private static Rendered render(String photometric, String shape) {
        DataSet ds = new DataSet();
        ds.setString(Tag.PhotometricInterpretation, VR.CS, photometric);
        if (shape != null) {
            ds.setString(Tag.PresentationLUTShape, VR.CS, shape);
        }
        Fixtures.windows(ds, "2048", "4096");
        Frame f = Fixtures.grey(12, false, photometric, 0, 2048, 4095);
        return Renderer.render(ds, f, 0, RenderOptions.defaults());
    }

    private static int[] row(Rendered r) {
        return new int[] {r.image().sample(0, 0, 0), r.image().sample(1, 0, 0), r.image().sample(2, 0, 0)};
    }

    @Test
    void rendersMonochrome2AsIs() {
        Rendered r = render("MONOCHROME2", null);
        assertThat(row(r)).containsExactly(0, 128, 255);
        assertThat(r.explanation().step("presentation").values()).containsEntry("invert", false);
    }

    @Test
    void rendersMonochrome1Inverted() {
        Rendered r = render("MONOCHROME1", null);
        // the window gives 0, 127.53, 255; inverted 255, 127.47, 0
        assertThat(row(r)).containsExactly(255, 127, 0);
        assertThat(r.explanation().step("presentation").values()).containsEntry("invert", true);
    }

    @Test
    void monochrome1WithInverseInvertsOnce() {
        Rendered r = render("MONOCHROME1", "INVERSE");
        assertThat(row(r)).containsExactly(255, 127, 0);
        assertThat(r.explanation().step("presentation").source()).contains("one inversion");
    }

    @Test
    void monochrome1WithIdentityInvertsOnce() {
        assertThat(row(render("MONOCHROME1", "IDENTITY"))).containsExactly(255, 127, 0);
    }

    @Test
    void monochrome2WithInverseInverts() {
        assertThat(row(render("MONOCHROME2", "INVERSE"))).containsExactly(255, 127, 0);
    }
}
