// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;
import java.util.function.Supplier;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.dict.Tag;

/**
 * Chooses the VOI stage of a grey frame (PS3.3 C.11.2, PS3.4 N.2.1.3). Precedence, first that applies:
 * <ol>
 *   <li>the window of the options ("window from options");</li>
 *   <li>normalize: the frame's min–max of modality values ("normalize");</li>
 *   <li>auto-window: centre = median, width = (p95 − p5) × 1.2 ("auto-window");</li>
 *   <li>the file: for enhanced objects the Frame VOI LUT Sequence (0028,9132) of the frame's or shared functional
 *       groups; else the VOI LUT Sequence (0028,3010) item [voiIndex]; else Window Center/Width [voiIndex];</li>
 *   <li>the frame's min–max, Pixel Padding excluded ("min-max excluding padding").</li>
 * </ol>
 * With {@code disableVoiLut} the last two rungs become a linear map of the full modality value range. A window whose
 * width the function does not accept (C.11.2.1.2.1: LINEAR needs w ≥ 1, the others w &gt; 0) is a warning and falls
 * back to auto-window. The function is the options' VOI function if given, else for the file's own windows its VOI
 * LUT Function (0028,1056), else LINEAR. Statistics exclude padding throughout; min–max maps use LINEAR_EXACT so the
 * extremes land on 0 and the maximum exactly, unless the options name a function.
 */
final class VoiSelection {
    private final DataSet ds;
    private final int frameIndex;
    private final RenderOptions options;
    private final Supplier<FrameStatistics> stats;
    private final Supplier<double[]> fullRange;
    private final double yMax;
    private final boolean signed;
    private final List<String> warnings;

    /**
     * @param stats     the frame's statistics, computed only when a rung needs them
     * @param fullRange lowest and highest modality value the stored values can map to
     */
    VoiSelection(DataSet ds, int frameIndex, RenderOptions options, Supplier<FrameStatistics> stats,
                 Supplier<double[]> fullRange, double yMax, boolean signed, List<String> warnings) {
        this.ds = ds;
        this.frameIndex = frameIndex;
        this.options = options;
        this.stats = stats;
        this.fullRange = fullRange;
        this.yMax = yMax;
        this.signed = signed;
        this.warnings = warnings;
    }

    Stage select() {
        Double c = options.windowCenter();
        Double w = options.windowWidth();
        if (c != null && w != null) {
            return window(c, w, function(null), "window from options", null);
        }
        if (c != null || w != null) {
            warnings.add("a window needs both centre and width; the one given is ignored");
        }
        if (options.normalize()) {
            return minMax("normalize");
        }
        if (options.autoWindow()) {
            return autoWindow();
        }
        if (options.disableVoiLut()) {
            return range("disabled: full modality range");
        }
        Stage fromFile = fromFile();
        return fromFile != null ? fromFile : minMax("min-max excluding padding");
    }

    private Stage fromFile() {
        FunctionalGroups.Found fg = FunctionalGroups.find(ds, frameIndex, Tag.FrameVOILUTSequence);
        if (fg != null) {
            Stage s = fileWindow(fg.item(), "FrameVOILUTSequence " + fg.where());
            if (s != null) {
                return s;
            }
        }
        Sequence luts = ds.getSequence(Tag.VOILUTSequence);
        if (luts != null && !luts.isEmpty()) {
            int k = index(luts.size(), "(0028,3010) VOILUTSequence items");
            Lut lut = Lut.read(luts.get(k), Tag.LUTDescriptor, Tag.LUTData, signed, warnings);
            if (lut != null) {
                String label = luts.get(k).getString(Tag.LUTExplanation);
                return new VoiLut(lut, yMax, "VOILUTSequence [" + k + "]", label == null ? null : label.trim());
            }
        }
        return fileWindow(ds, "WindowCenter/Width");
    }

    /** Window k of an item's Window Center/Width, or {@code null} when it has none. */
    private Stage fileWindow(DataSet item, String what) {
        double[] centers = item.getDoubles(Tag.WindowCenter);
        double[] widths = item.getDoubles(Tag.WindowWidth);
        int n = Math.min(centers.length, widths.length);
        if (n == 0) {
            return null;
        }
        if (centers.length != widths.length) {
            warnings.add(what + ": " + centers.length + " centres but " + widths.length + " widths; using " + n);
        }
        int k = index(n, what + " windows");
        String source = what.startsWith("Frame") && n == 1 ? what : what + " [" + k + "] of " + n;
        String[] labels = item.getStrings(Tag.WindowCenterWidthExplanation);
        String label = k < labels.length && !labels[k].isBlank() ? labels[k].trim() : null;
        return window(centers[k], widths[k], function(fileFunction(item)), source, label);
    }

    private int index(int n, String what) {
        int k = options.voiIndex();
        if (k >= 0 && k < n) {
            return k;
        }
        warnings.add("VOI index " + k + " out of range: " + n + " " + what + "; using 0");
        return 0;
    }

    private Stage window(double c, double w, VoiFunction f, String source, String label) {
        if (!Double.isFinite(c) || !f.accepts(w)) {
            warnings.add(source + ": width " + w + " (centre " + c + ") is not valid for " + f
                    + " (PS3.3 C.11.2.1.2); using auto-window");
            return autoWindow();
        }
        return new Window(c, w, f, 0, yMax, source, label);
    }

    private Stage autoWindow() {
        FrameStatistics s = stats.get();
        if (s.isEmpty()) {
            return minMax("auto-window");
        }
        double c = s.quantile(0.5);
        double w = (s.quantile(0.95) - s.quantile(0.05)) * 1.2;
        VoiFunction f = function(null);
        if (!f.accepts(w)) {
            warnings.add("auto-window width " + w + " is not valid for " + f + "; using min-max");
            return minMax("min-max excluding padding");
        }
        return new Window(c, w, f, 0, yMax, "auto-window", null);
    }

    private Stage minMax(String source) {
        FrameStatistics s = stats.get();
        if (s.isEmpty()) {
            warnings.add("every pixel is padding; mapping the full modality range");
            return range(source + ": all padding, full range");
        }
        Window r = Window.range(s.min(), s.max(), yMax, source);
        VoiFunction f = options.voiFunction();
        return f == null || f == VoiFunction.LINEAR_EXACT || !f.accepts(r.width())
                ? r : new Window(r.center(), r.width(), f, 0, yMax, source, null);
    }

    private Window range(String source) {
        double[] r = fullRange.get();
        return Window.range(r[0], r[1], yMax, source);
    }

    /** The options' function, else the file's, else LINEAR (the default of C.11.2.1.3). */
    private VoiFunction function(VoiFunction fromFile) {
        if (options.voiFunction() != null) {
            return options.voiFunction();
        }
        return fromFile != null ? fromFile : VoiFunction.LINEAR;
    }

    private VoiFunction fileFunction(DataSet item) {
        String s = item.getString(Tag.VOILUTFunction);
        if (s == null || s.isBlank()) {
            return item == ds ? null : fileFunction(ds);
        }
        VoiFunction f = VoiFunction.parse(s);
        if (f == null) {
            warnings.add("(0028,1056) VOILUTFunction " + s.trim() + " is not LINEAR, LINEAR_EXACT or SIGMOID;"
                    + " using LINEAR");
        }
        return f;
    }
}
