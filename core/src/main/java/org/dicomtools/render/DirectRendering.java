// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;
import org.dicomtools.pixel.Frame;

/**
 * The grey pipeline computed per sample, for data no table can index: float and double samples and 32-bit integers.
 */
final class DirectRendering implements FrameMapper {
    private final Stage[] chain;
    private final int outBits;

    DirectRendering(List<? extends Stage> stages, int outBits) {
        this.chain = stages.toArray(new Stage[0]);
        this.outBits = outBits;
    }

    @Override
    public OutputImage apply(Frame frame) {
        int n = frame.columns() * frame.rows() * frame.samples();
        int max = (1 << outBits) - 1;
        int[] ints = frame.ints();
        double[] doubles = frame.doubles();
        if (outBits == 8) {
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = (byte) LookupTable.output(chain, ints != null ? ints[i] : doubles[i], max);
            }
            return OutputImage.of8(frame.columns(), frame.rows(), frame.samples(), out);
        }
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            out[i] = (short) LookupTable.output(chain, ints != null ? ints[i] : doubles[i], max);
        }
        return OutputImage.of16(frame.columns(), frame.rows(), frame.samples(), out);
    }
}
