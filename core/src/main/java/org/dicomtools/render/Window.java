// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

/**
 * A VOI window (PS3.3 C.11.2.1.2): Window Center and Width with a VOI LUT Function, mapping modality values to the
 * output range [{@code yMin}, {@code yMax}].
 *
 * <ul>
 *   <li>LINEAR (C.11.2.1.2.1): x ≤ c − 0.5 − (w − 1)/2 → y_min; x &gt; c − 0.5 + (w − 1)/2 → y_max; else
 *       ((x − (c − 0.5)) / (w − 1) + 0.5) × (y_max − y_min) + y_min.</li>
 *   <li>LINEAR_EXACT (C.11.2.1.3.2): x ≤ c − w/2 → y_min; x &gt; c + w/2 → y_max; else
 *       ((x − c) / w + 0.5) × (y_max − y_min) + y_min.</li>
 *   <li>SIGMOID (C.11.2.1.3.1): (y_max − y_min) / (1 + exp(−4 (x − c) / w)) + y_min.</li>
 * </ul>
 * Both linear forms are computed as (x − lower threshold) / (w − 1) and (x − lower) / w, algebraically the same as
 * the standard's and free of the rounding that would land values meant to be exactly .5 just below it.
 *
 * @param center   Window Center
 * @param width    Window Width, valid per {@link VoiFunction#accepts(double)}
 * @param function the VOI LUT Function
 * @param yMin     lowest output
 * @param yMax     highest output
 * @param source   where the window came from
 * @param label    Window Center &amp; Width Explanation (0028,1055) of the chosen window, or {@code null}
 */
public record Window(double center, double width, VoiFunction function, double yMin, double yMax, String source,
                     String label) implements Stage {

    public Window {
        if (!function.accepts(width)) {
            throw new IllegalArgumentException("width " + width + " is not valid for " + function);
        }
    }

    /**
     * The LINEAR_EXACT window that maps [{@code lo}, {@code hi}] onto [0, {@code yMax}] exactly: lo → 0, hi → yMax.
     * A range of one value gets width 1, so that value maps to 0.
     */
    public static Window range(double lo, double hi, double yMax, String source) {
        if (!(hi > lo)) {
            return new Window(lo + 0.5, 1, VoiFunction.LINEAR_EXACT, 0, yMax, source, null);
        }
        return new Window((lo + hi) / 2, hi - lo, VoiFunction.LINEAR_EXACT, 0, yMax, source, null);
    }

    @Override
    public double apply(double x) {
        double c = center;
        double w = width;
        switch (function) {
            case LINEAR: {
                double lo = c - 0.5 - (w - 1) / 2;
                if (x <= lo) {
                    return yMin;
                }
                if (x > c - 0.5 + (w - 1) / 2) {
                    return yMax;
                }
                return (x - lo) / (w - 1) * (yMax - yMin) + yMin;
            }
            case LINEAR_EXACT: {
                double lo = c - w / 2;
                if (x <= lo) {
                    return yMin;
                }
                if (x > c + w / 2) {
                    return yMax;
                }
                return (x - lo) / w * (yMax - yMin) + yMin;
            }
            default:
                return (yMax - yMin) / (1 + Math.exp(-4 * (x - c) / w)) + yMin;
        }
    }

    @Override
    public Explanation.Step describe() {
        return Explanation.Step.of("voi", source, "center", center, "width", width, "function", function.name(),
                "explanation", label);
    }
}
