// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

/**
 * How to render, each default documented here (see {@link #defaults()}).
 *
 * @param windowCenter       explicit window centre in modality units; {@code null} (default) = not given
 * @param windowWidth        explicit window width; {@code null} (default) = not given. Both are needed for a window
 * @param normalize          map the frame's min–max of modality values to the output range; default false
 * @param autoWindow         window from the frame: centre = median, width = (p95 − p5) × 1.2; default false
 * @param voiIndex           which of the file's windows or VOI LUT Sequence items to use, 0-based; default 0
 * @param voiFunction        VOI LUT Function overriding the file's (0028,1056); {@code null} (default) = the file's,
 *                           LINEAR when it has none
 * @param disableModalityLut skip the modality stage (stored values go to VOI as they are); default false
 * @param disableVoiLut      replace the file's VOI (and the min–max fallback) by a linear map of the full modality
 *                           range; an explicit window, normalize or auto-window still apply; default false
 * @param force16Bit         16-bit output instead of the default 8-bit
 */
public record RenderOptions(Double windowCenter, Double windowWidth, boolean normalize, boolean autoWindow,
                            int voiIndex, VoiFunction voiFunction, boolean disableModalityLut, boolean disableVoiLut,
                            boolean force16Bit) {

    private static final RenderOptions DEFAULTS =
            new RenderOptions(null, null, false, false, 0, null, false, false, false);

    /** Nothing given: the file's VOI, 8-bit output. */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    public RenderOptions withWindow(double center, double width) {
        return new RenderOptions(center, width, normalize, autoWindow, voiIndex, voiFunction, disableModalityLut,
                disableVoiLut, force16Bit);
    }

    public RenderOptions withNormalize(boolean on) {
        return new RenderOptions(windowCenter, windowWidth, on, autoWindow, voiIndex, voiFunction, disableModalityLut,
                disableVoiLut, force16Bit);
    }

    public RenderOptions withAutoWindow(boolean on) {
        return new RenderOptions(windowCenter, windowWidth, normalize, on, voiIndex, voiFunction, disableModalityLut,
                disableVoiLut, force16Bit);
    }

    public RenderOptions withVoiIndex(int index) {
        return new RenderOptions(windowCenter, windowWidth, normalize, autoWindow, index, voiFunction,
                disableModalityLut, disableVoiLut, force16Bit);
    }

    public RenderOptions withVoiFunction(VoiFunction function) {
        return new RenderOptions(windowCenter, windowWidth, normalize, autoWindow, voiIndex, function,
                disableModalityLut, disableVoiLut, force16Bit);
    }

    public RenderOptions withDisableModalityLut(boolean on) {
        return new RenderOptions(windowCenter, windowWidth, normalize, autoWindow, voiIndex, voiFunction, on,
                disableVoiLut, force16Bit);
    }

    public RenderOptions withDisableVoiLut(boolean on) {
        return new RenderOptions(windowCenter, windowWidth, normalize, autoWindow, voiIndex, voiFunction,
                disableModalityLut, on, force16Bit);
    }

    public RenderOptions withForce16Bit(boolean on) {
        return new RenderOptions(windowCenter, windowWidth, normalize, autoWindow, voiIndex, voiFunction,
                disableModalityLut, disableVoiLut, on);
    }

    /** 8, or 16 with {@link #force16Bit()}. */
    public int outputBits() {
        return force16Bit ? 16 : 8;
    }

    /** The largest output sample: 255 or 65535. */
    public double outputMax() {
        return force16Bit ? 65535 : 255;
    }
}
