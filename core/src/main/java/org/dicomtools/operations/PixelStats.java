// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.pixel.Frame;
import org.dicomtools.pixel.FrameReader;
import org.dicomtools.render.Modality;
import org.dicomtools.render.Stage;
import org.dicomtools.stats.Histogram;
import org.dicomtools.stats.Statistics;
import org.dicomtools.stats.StatisticsAccumulator;

/**
 * Statistics and histograms of a file's pixels (SPEC §7): stored values of frame 0 by default, one frame or all,
 * after the modality LUT when asked, per channel for colour or as luminance.
 */
public final class PixelStats {
    /**
     * @param input      the DICOM file
     * @param frame      frame index (ignored with {@code allFrames})
     * @param allFrames  statistics over every frame together
     * @param modality   values after Rescale Slope/Intercept (e.g. Hounsfield units)
     * @param luminance  colour as Rec. 601 luminance instead of per channel
     */
    public record Request(Path input, int frame, boolean allFrames, boolean modality, boolean luminance) {
    }

    private PixelStats() {
    }

    /** Statistics keyed "all" for grey or luminance, else "R", "G", "B" (or "channel 0..2"). */
    public static Map<String, Statistics> statistics(Request r) {
        DicomFile file = DicomReader.read(r.input(), ReadOptions.DEFAULT);
        int frames = frames(file, r);
        Frame first = FrameReader.read(file, r.allFrames() ? 0 : r.frame());
        int channels = first.samples() == 1 || r.luminance() ? 1 : first.samples();
        Map<String, Statistics> out = new LinkedHashMap<>();
        for (int c = 0; c < channels; c++) {
            StatisticsAccumulator acc = accumulate(file, r, frames, first, c);
            out.put(channels == 1 ? "all" : channelName(first.photometric(), c), acc.statistics());
        }
        return out;
    }

    /** The histogram of grey values (or luminance of colour). */
    public static Histogram histogram(Request r, int bins) {
        if (bins < 1) {
            throw new InvalidValueException("bins must be at least 1");
        }
        DicomFile file = DicomReader.read(r.input(), ReadOptions.DEFAULT);
        int frames = frames(file, r);
        Frame first = FrameReader.read(file, r.allFrames() ? 0 : r.frame());
        Request grey = new Request(r.input(), r.frame(), r.allFrames(), r.modality(), first.samples() > 1);
        return accumulate(file, grey, frames, first, 0).histogram(bins);
    }

    private static int frames(DicomFile file, Request r) {
        int count = FrameReader.frameCount(file);
        if (!r.allFrames() && (r.frame() < 0 || r.frame() >= count)) {
            throw new InvalidValueException("frame " + r.frame() + " out of range: the image has " + count
                    + " frame(s)");
        }
        return count;
    }

    private static StatisticsAccumulator accumulate(DicomFile file, Request r, int count, Frame first, int channel) {
        int from = r.allFrames() ? 0 : r.frame();
        int to = r.allFrames() ? count : r.frame() + 1;
        Stage modality = r.modality() ? modality(file, from, first) : null;
        // Enhanced objects may rescale each frame differently: then each frame is transformed on its own.
        boolean uniform = true;
        for (int i = from + 1; i < to && r.modality(); i++) {
            uniform &= modality(file, i, first).describe().equals(modality.describe());
        }
        StatisticsAccumulator acc = uniform && r.modality() ? new StatisticsAccumulator(modality::apply)
                : new StatisticsAccumulator();
        for (int i = from; i < to; i++) {
            Frame f = i == from ? first : FrameReader.read(file, i);
            if (!uniform) {
                acc.add(rescaled(f, modality(file, i, first), channel, r.luminance()));
            } else if (r.luminance() && f.samples() > 1) {
                acc.addLuminance(f);
            } else if (f.samples() > 1) {
                acc.add(f, channel);
            } else {
                acc.add(f);
            }
        }
        return acc;
    }

    /** The renderer's modality stage for a frame (PS3.3 C.11.1): Modality LUT, rescale, functional groups. */
    private static Stage modality(DicomFile file, int frame, Frame sample) {
        return Modality.of(file.dataSet(), frame, sample.signed(), new ArrayList<>());
    }

    private static double[] rescaled(Frame f, Stage rescale, int channel, boolean luminance) {
        double[] v = new double[f.pixels()];
        for (int p = 0; p < v.length; p++) {
            int x = p % f.columns();
            int y = p / f.columns();
            double s = f.samples() == 1 ? f.sample(x, y, 0) : luminance
                    ? 0.299 * f.sample(x, y, 0) + 0.587 * f.sample(x, y, 1) + 0.114 * f.sample(x, y, 2)
                    : f.sample(x, y, channel);
            v[p] = rescale.apply(s);
        }
        return v;
    }

    private static String channelName(String photometric, int c) {
        return "RGB".equals(photometric) ? "RGB".substring(c, c + 1) : "channel " + c;
    }
}
