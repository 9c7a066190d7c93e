// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

/**
 * The linear Modality LUT, PS3.3 C.11.1: {@code slope × stored + intercept} from Rescale Slope (0028,1053) and
 * Rescale Intercept (0028,1052), or from the Pixel Value Transformation Sequence (0028,9145) of enhanced objects.
 *
 * @param slope     Rescale Slope, 1 when absent
 * @param intercept Rescale Intercept, 0 when absent
 * @param source    where the numbers came from
 */
public record Rescale(double slope, double intercept, String source) implements Stage {

    /** The identity, used when the modality stage is disabled or the object has none. */
    public static Rescale identity(String source) {
        return new Rescale(1, 0, source);
    }

    @Override
    public double apply(double x) {
        return x * slope + intercept;
    }

    @Override
    public Explanation.Step describe() {
        return Explanation.Step.of("modality", source, "slope", slope, "intercept", intercept);
    }
}
