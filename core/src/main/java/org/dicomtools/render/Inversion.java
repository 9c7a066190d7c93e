// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.Locale;

/**
 * The presentation stage for grey images: inverts the VOI output ({@code yMax − x}, PS3.3 C.11.6.1.2) or passes it
 * through.
 *
 * <p>MONOCHROME1 (C.7.6.3.1.2: the minimum sample value is displayed white) and Presentation LUT Shape (2050,0020)
 * INVERSE each ask for an inversion, but together they ask for one, not two: the General Image Module (PS3.3
 * C.7.6.1) and the DX Image Module (C.8.11.3) say INVERSE "shall be used if Photometric Interpretation is
 * MONOCHROME1", i.e. it states the inversion MONOCHROME1 already implies. So the image is inverted once when it is
 * MONOCHROME1 (with INVERSE, IDENTITY or no shape) or when a MONOCHROME2 image says INVERSE.
 *
 * @param invert whether to invert
 * @param yMax   highest output value
 * @param source the attributes that decided
 */
public record Inversion(boolean invert, double yMax, String source) implements Stage {

    /** The presentation stage for a photometric interpretation and a Presentation LUT Shape (either may be null). */
    public static Inversion of(String photometric, String shape, double yMax) {
        boolean mono1 = "MONOCHROME1".equals(photometric);
        String s = shape == null ? "" : shape.trim().toUpperCase(Locale.ROOT);
        boolean inverse = s.equals("INVERSE");
        String pi = photometric == null ? "MONOCHROME2" : photometric;
        String source = s.isEmpty() ? pi : pi + " + PresentationLUTShape " + s;
        if (mono1 && inverse) {
            source += " (one inversion: PS3.3 C.7.6.1, C.8.11.3)";
        }
        return new Inversion(mono1 || inverse, yMax, source);
    }

    @Override
    public double apply(double x) {
        return invert ? yMax - x : x;
    }

    @Override
    public Explanation.Step describe() {
        return Explanation.Step.of("presentation", source, "invert", invert);
    }
}
