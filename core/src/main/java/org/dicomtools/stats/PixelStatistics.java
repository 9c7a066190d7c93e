// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import java.util.function.DoubleUnaryOperator;
import org.dicomtools.pixel.Frame;

/**
 * Statistics of the samples of one frame or of loose values, with numpy's definitions (see {@link Statistics}).
 * Integer frames are counted per value (no sort); float frames are sorted once. For several frames together
 * ({@code --all-frames}) use a {@link StatisticsAccumulator}.
 */
public final class PixelStatistics {
    private PixelStatistics() {
    }

    /** Statistics of every stored sample of the frame, all channels together. */
    public static Statistics of(Frame f) {
        return new StatisticsAccumulator().add(f).statistics();
    }

    /**
     * Statistics of every sample of the frame after {@code modality} (e.g. the Modality LUT's rescale to Hounsfield
     * units; {@code null} for the stored values).
     */
    public static Statistics of(Frame f, DoubleUnaryOperator modality) {
        return new StatisticsAccumulator(modality).add(f).statistics();
    }

    /** Statistics of one colour channel (0-based) of the frame. */
    public static Statistics of(Frame f, int channel) {
        return new StatisticsAccumulator().add(f, channel).statistics();
    }

    /** Statistics of the Rec. 601 luma of each pixel (see {@link StatisticsAccumulator#addLuminance(Frame)}). */
    public static Statistics luminance(Frame f) {
        return new StatisticsAccumulator().addLuminance(f).statistics();
    }

    /**
     * Statistics of loose values; NaN values are skipped.
     *
     * @throws IllegalArgumentException no value other than NaN
     */
    public static Statistics of(double[] values) {
        return new StatisticsAccumulator().add(values).statistics();
    }
}
