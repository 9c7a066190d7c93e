// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

/**
 * The non-linear Modality LUT, PS3.3 C.11.1: the Modality LUT Sequence (0028,3000) item's LUT, indexed by stored
 * value; its entries are the modality values.
 *
 * @param lut    the table
 * @param source where it came from
 */
public record ModalityLut(Lut lut, String source) implements Stage {

    @Override
    public double apply(double x) {
        return lut.lookup(x);
    }

    @Override
    public Explanation.Step describe() {
        return Explanation.Step.of("modality", source, "lutSize", lut.size(), "firstMapped", lut.firstMapped(),
                "bits", lut.bits());
    }
}
