// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

/**
 * A VOI LUT from the VOI LUT Sequence (0028,3010), PS3.3 C.11.2.1.1: indexed by modality value; its output, from 0 to
 * 2^bits − 1 of the LUT, is scaled to [0, {@code yMax}].
 *
 * @param lut    the table
 * @param yMax   highest output value
 * @param source where it came from
 * @param label  LUT Explanation (0028,3003), or {@code null}
 */
public record VoiLut(Lut lut, double yMax, String source, String label) implements Stage {

    @Override
    public double apply(double x) {
        return lut.lookup(x) * yMax / lut.maxValue();
    }

    @Override
    public Explanation.Step describe() {
        return Explanation.Step.of("voi", source, "lutSize", lut.size(), "firstMapped", lut.firstMapped(),
                "bits", lut.bits(), "explanation", label);
    }
}
