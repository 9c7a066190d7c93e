// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.operations.ToImageRequest;
import org.dicomtools.render.RenderOptions;
import org.dicomtools.render.VoiFunction;

/** The rendering options of {@code to-image}, shared with {@code batch convert} (SPEC §4). */
final class RenderMixin {
    String format;
    int frame;
    boolean allFrames;
    Double windowCenter;
    Double windowWidth;
    boolean normalize;
    boolean autoWindow;
    int voiIndex;
    String voiFunction;
    boolean disableModalityLut;
    boolean disableVoiLut;
    boolean force8Bit;
    boolean force16Bit;
    int quality;

    /** Declares these options on the command that includes them. */
    void define(CommandSpec spec) {
        spec.option("-f", "--format").defaultValue("png")
                .help("png (default), jpeg, bmp, gif or tiff; an unknown one warns and writes png.")
                .string(v -> format = v);
        spec.option("--frame").defaultValue("0").help("Frame to render, 0-based (default ${DEFAULT-VALUE}).")
                .intValue(v -> frame = v);
        spec.option("--all-frames").help("Every frame, as <stem>_frame<NNN>.<ext>.").flag(() -> allFrames = true);
        spec.option("--window-center").help("Window centre (with --window-width).").doubleValue(v -> windowCenter = v);
        spec.option("--window-width").help("Window width (with --window-center).").doubleValue(v -> windowWidth = v);
        spec.option("--normalize").help("Window the frame's min-max.").flag(() -> normalize = true);
        spec.option("--auto-window").help("Centre = median, width = (p95 - p5) x 1.2 of modality values.")
                .flag(() -> autoWindow = true);
        spec.option("--voi-index").defaultValue("0").help("Which of the file's windows or VOI LUTs (default 0).")
                .intValue(v -> voiIndex = v);
        spec.option("--voi-function").help("LINEAR, LINEAR_EXACT or SIGMOID, overriding the file's.")
                .string(v -> voiFunction = v);
        spec.option("--disable-modality-lut").help("Skip rescale / Modality LUT.")
                .flag(() -> disableModalityLut = true);
        spec.option("--disable-voi-lut").help("Map the full modality range linearly instead of a window.")
                .flag(() -> disableVoiLut = true);
        spec.option("--force-8bit").help("8-bit output (the default).").flag(() -> force8Bit = true);
        spec.option("--force-16bit").help("16-bit output (png and tiff only).").flag(() -> force16Bit = true);
        spec.option("--quality").defaultValue("95").help("JPEG quality 1-100 (default ${DEFAULT-VALUE}).")
                .intValue(v -> quality = v);
    }

    /**
     * The export request for these options. Contradictory options are usage errors; an unknown format is a warning
     * on stderr, prefixed by {@code who}, and png is written (SPEC §4).
     */
    ToImageRequest request(Path input, Path output, String who) {
        if ((windowCenter == null) != (windowWidth == null)) {
            throw usage("give both --window-center and --window-width, or neither");
        }
        if (force8Bit && force16Bit) {
            throw usage("--force-8bit and --force-16bit exclude each other");
        }
        if (voiFunction != null && VoiFunction.parse(voiFunction) == null) {
            throw usage("--voi-function must be LINEAR, LINEAR_EXACT or SIGMOID, not '" + voiFunction + "'");
        }
        ImageFormat fmt = ImageFormat.fromName(format);
        if (fmt == null) {
            System.err.println(who + ": warning: unknown format '" + format + "', writing png");
            fmt = ImageFormat.PNG;
        }
        RenderOptions render = new RenderOptions(windowCenter, windowWidth, normalize, autoWindow, voiIndex,
                voiFunction == null ? null : VoiFunction.parse(voiFunction), disableModalityLut, disableVoiLut,
                force16Bit);
        return new ToImageRequest(input, output, fmt, frame, allFrames, render, quality);
    }

    private UsageException usage(String message) {
        return new UsageException(message);
    }
}
