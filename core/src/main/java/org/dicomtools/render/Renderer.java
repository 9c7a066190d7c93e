// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.pixel.Frame;

/**
 * Renders a decoded frame to displayable pixels through the pipeline of PS3.4 N.2: modality ({@link Modality}), VOI
 * ({@link VoiSelection}), presentation ({@link Inversion}) for grey images; colour conversion or palette for colour.
 * For integer grey data of up to 16 bits the three grey stages are baked into one {@link LookupTable}.
 */
public final class Renderer {

    private Renderer() {
    }

    /**
     * Renders frame {@code frameIndex} of a data set.
     *
     * @param ds         the data set the frame came from: its attributes choose the stages
     * @param frame      the decoded samples
     * @param frameIndex 0-based index of the frame, for the per-frame functional groups of enhanced objects
     * @param options    how to render; {@link RenderOptions#defaults()} for the file's own settings
     */
    public static Rendered render(DataSet ds, Frame frame, int frameIndex, RenderOptions options) {
        return plan(ds, frame, frameIndex, options).render(frame);
    }

    /**
     * Chooses the stages for a frame without rendering it; the plan renders this and like frames. Statistics-driven
     * VOI (normalize, auto-window, min–max fallback) is computed from {@code frame}.
     */
    public static RenderPlan plan(DataSet ds, Frame frame, int frameIndex, RenderOptions options) {
        List<String> warnings = new ArrayList<>();
        List<Explanation.Step> steps = new ArrayList<>();
        String pi = photometric(ds, frame);
        FrameMapper mapper = null;
        if (frame.samples() == 1 && pi.equals("PALETTE COLOR")) {
            Palette p = Palette.read(ds, frame, options.outputBits(), warnings);
            if (p != null) {
                steps.add(Explanation.Step.of("modality", "not applied to PALETTE COLOR (PS3.4 N.2)"));
                steps.add(p.describe());
                steps.add(Explanation.Step.of("output", "palette tables", "bits", options.outputBits(),
                        "channels", 3));
                mapper = p;
            } else {
                warnings.add("PALETTE COLOR without a usable palette; rendered as grey");
                pi = "MONOCHROME2";
            }
        } else if (frame.samples() == 3) {
            mapper = ColorRendering.plan(pi, frame, options, steps, warnings);
        } else if (frame.samples() != 1) {
            throw new IllegalArgumentException(frame.samples() + " samples per pixel cannot be rendered");
        }
        if (mapper == null) {
            if (!pi.equals("MONOCHROME1") && !pi.equals("MONOCHROME2")) {
                warnings.add("Photometric Interpretation " + pi + " with 1 sample is not known; rendered as"
                        + " MONOCHROME2");
                pi = "MONOCHROME2";
            }
            mapper = grey(ds, frame, frameIndex, options, pi, steps, warnings);
        }
        return new RenderPlan(mapper, new Explanation(frameIndex, pi, steps), warnings);
    }

    private static FrameMapper grey(DataSet ds, Frame frame, int frameIndex, RenderOptions options, String pi,
                                    List<Explanation.Step> steps, List<String> warnings) {
        Stage modality = Modality.select(ds, frameIndex, frame.signed(), options.disableModalityLut(), warnings);
        boolean baked = frame.isInteger() && frame.bitsStored() <= 16;
        PixelPadding padding = PixelPadding.read(ds, frame.signed());
        Supplier<FrameStatistics> stats = once(() -> FrameStatistics.of(frame, modality, padding));
        boolean[] statsUsed = new boolean[1];
        Supplier<FrameStatistics> tracked = () -> {
            statsUsed[0] = true;
            return stats.get();
        };
        Supplier<double[]> fullRange = () -> baked ? storableRange(frame, modality) : dataRange(stats.get());
        double outMax = options.outputMax();
        Stage voi = new VoiSelection(ds, frameIndex, options, tracked, fullRange, outMax, frame.signed(), warnings)
                .select();
        Inversion presentation = Inversion.of(pi, ds.getString(Tag.PresentationLUTShape), outMax);
        if (ds.contains(Tag.PresentationLUTSequence)) {
            warnings.add("(2050,0010) PresentationLUTSequence is not applied; only Presentation LUT Shape is");
        }
        steps.add(modality.describe());
        Explanation.Step voiStep = voi.describe();
        if (statsUsed[0] && padding != null) {
            voiStep = voiStep.with("paddingExcluded",
                    padding.lo() == padding.hi() ? "" + padding.lo() : padding.lo() + ".." + padding.hi());
        }
        steps.add(voiStep);
        steps.add(presentation.describe());
        List<Stage> stages = List.of(modality, voi, presentation);
        if (baked) {
            LookupTable t = LookupTable.bake(stages, frame.minStorable(), frame.maxStorable(), options.outputBits());
            steps.add(Explanation.Step.of("output", "lookup table", "bits", options.outputBits(), "channels", 1,
                    "lutSize", t.size(), "lutOffset", t.offset()));
            return t;
        }
        steps.add(Explanation.Step.of("output", "computed per pixel", "bits", options.outputBits(), "channels", 1));
        return new DirectRendering(stages, options.outputBits());
    }

    /** The Photometric Interpretation of the samples: the frame's (after decoding), else the data set's. */
    private static String photometric(DataSet ds, Frame frame) {
        String pi = frame.photometric();
        if (pi == null || pi.isBlank()) {
            pi = ds.getString(Tag.PhotometricInterpretation);
        }
        if (pi == null || pi.isBlank()) {
            return frame.samples() == 3 ? "RGB" : "MONOCHROME2";
        }
        return pi.trim();
    }

    /** Lowest and highest modality value of any storable value. */
    private static double[] storableRange(Frame frame, Stage modality) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (long v = frame.minStorable(); v <= frame.maxStorable(); v++) {
            double m = modality.apply(v);
            lo = Math.min(lo, m);
            hi = Math.max(hi, m);
        }
        return new double[] {lo, hi};
    }

    private static double[] dataRange(FrameStatistics s) {
        return s.isEmpty() ? new double[] {0, 1} : new double[] {s.min(), s.max()};
    }

    private static <T> Supplier<T> once(Supplier<T> s) {
        Object[] memo = new Object[1];
        return () -> {
            if (memo[0] == null) {
                memo[0] = s.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) memo[0];
            return t;
        };
    }
}
