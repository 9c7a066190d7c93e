// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;
import org.dicomtools.pixel.Frame;

/**
 * Colour frames of 3 samples: converted to RGB ({@link ColorConversion}), then each channel scaled from the sample
 * depth to the output depth through one per-channel table.
 *
 * <p>The Modality LUT and VOI LUT modules describe grey images (PS3.3 C.11.1, C.11.2; PS3.4 N.2 passes colour
 * straight to the profile connection space), so the file's rescale, windows and VOI LUTs are not applied to colour
 * images, even when a writer copied them from a grey source. An explicit window in the options is the user asking,
 * and is applied per channel after conversion; normalize and auto-window are grey-only and ignored with a warning.
 */
final class ColorRendering implements FrameMapper {
    private final ColorConversion.Kind kind;
    private final Stage[] channel;
    private final LookupTable table;
    private final int outBits;

    private ColorRendering(ColorConversion.Kind kind, Stage channel, LookupTable table, int outBits) {
        this.kind = kind;
        this.channel = new Stage[] {channel};
        this.table = table;
        this.outBits = outBits;
    }

    /** Plans the render of colour frames like {@code frame}; adds its steps to {@code steps}. */
    static ColorRendering plan(String photometric, Frame frame, RenderOptions options, List<Explanation.Step> steps,
                               List<String> warnings) {
        ColorConversion.Kind kind = ColorConversion.of(photometric);
        if (kind == null) {
            warnings.add("Photometric Interpretation " + photometric + " with 3 samples is not known; rendered as RGB");
            kind = ColorConversion.Kind.RGB;
        }
        if (options.normalize() || options.autoWindow()) {
            warnings.add("normalize and auto-window apply to grey images; ignored for " + photometric);
        }
        double outMax = options.outputMax();
        boolean baked = frame.isInteger() && frame.bitsStored() <= 16;
        double inMax = baked ? (1 << frame.bitsStored()) - 1 : max(frame);
        Stage channel;
        Explanation.Step voi;
        if (options.windowCenter() != null && options.windowWidth() != null) {
            VoiFunction f = options.voiFunction() != null ? options.voiFunction() : VoiFunction.LINEAR;
            if (f.accepts(options.windowWidth())) {
                channel = new Window(options.windowCenter(), options.windowWidth(), f, 0, outMax,
                        "window from options, per channel", null);
                voi = channel.describe();
            } else {
                warnings.add("window width " + options.windowWidth() + " is not valid for " + f + "; ignored");
                channel = Window.range(0, inMax, outMax, "full sample range");
                voi = Explanation.Step.of("voi", "not applied to colour images (PS3.4 N.2)");
            }
        } else {
            channel = Window.range(0, inMax, outMax, "full sample range");
            voi = Explanation.Step.of("voi", "not applied to colour images (PS3.4 N.2)");
        }
        steps.add(Explanation.Step.of("modality", "not applied to colour images (PS3.4 N.2)"));
        steps.add(voi);
        steps.add(Explanation.Step.of("colour", ColorConversion.describe(kind), "from", photometric,
                "inputBits", frame.bitsStored()));
        LookupTable table = baked ? LookupTable.bake(List.of(channel), 0, (1L << frame.bitsStored()) - 1,
                options.outputBits()) : null;
        steps.add(Explanation.Step.of("output", baked ? "lookup table per channel" : "computed per sample",
                "bits", options.outputBits(), "channels", 3, "lutSize", table == null ? null : table.size()));
        return new ColorRendering(kind, channel, table, options.outputBits());
    }

    private static double max(Frame frame) {
        double m = 1;
        for (double d : frame.doubles() != null ? frame.doubles() : new double[0]) {
            m = Math.max(m, d);
        }
        return m;
    }

    @Override
    public OutputImage apply(Frame frame) {
        if (table != null && frame.isInteger()) {
            if (kind == ColorConversion.Kind.RGB) {
                return table.apply(frame);
            }
            int[] rgb = new int[frame.ints().length];
            ColorConversion.toRgb(kind, frame.ints(), rgb, frame.bitsStored());
            return table.apply(new Frame(frame.columns(), frame.rows(), 3, frame.bitsStored(), false, "RGB", rgb,
                    null));
        }
        int n = frame.pixels() * 3;
        double[] rgb = new double[n];
        double[] px = new double[3];
        double h = frame.isInteger() ? 1L << (frame.bitsStored() - 1) : 0;
        for (int i = 0; i < n; i += 3) {
            double y = frame.isInteger() ? frame.ints()[i] : frame.doubles()[i];
            double cb = (frame.isInteger() ? frame.ints()[i + 1] : frame.doubles()[i + 1]) - h;
            double cr = (frame.isInteger() ? frame.ints()[i + 2] : frame.doubles()[i + 2]) - h;
            if (kind == ColorConversion.Kind.RGB) {
                px[0] = y;
                px[1] = cb + h;
                px[2] = cr + h;
            } else {
                ColorConversion.convert(kind, y, cb, cr, frame.bitsStored(), px);
            }
            System.arraycopy(px, 0, rgb, i, 3);
        }
        return new DirectRendering(List.of(channel), outBits)
                .apply(new Frame(frame.columns(), frame.rows(), 3, frame.bitsStored(), false, "RGB", null, rgb));
    }
}
