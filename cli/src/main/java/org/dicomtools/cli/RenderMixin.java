// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.operations.ToImageRequest;
import org.dicomtools.render.RenderOptions;
import org.dicomtools.render.VoiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The rendering options of {@code to-image}, shared with {@code batch convert} (SPEC §4). */
final class RenderMixin {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-f", "--format"}, defaultValue = "png", description = "png (default), jpeg, bmp, gif or tiff; an unknown one warns and writes png.")
    String format;

    @Option(names = "--frame", defaultValue = "0", description = "Frame to render, 0-based (default ${DEFAULT-VALUE}).")
    int frame;

    @Option(names = "--all-frames", description = "Every frame, as <stem>_frame<NNN>.<ext>.")
    boolean allFrames;

    @Option(names = "--window-center", description = "Window centre (with --window-width).")
    Double windowCenter;

    @Option(names = "--window-width", description = "Window width (with --window-center).")
    Double windowWidth;

    @Option(names = "--normalize", description = "Window the frame's min-max.")
    boolean normalize;

    @Option(names = "--auto-window", description = "Centre = median, width = (p95 - p5) x 1.2 of modality values.")
    boolean autoWindow;

    @Option(names = "--voi-index", defaultValue = "0", description = "Which of the file's windows or VOI LUTs (default 0).")
    int voiIndex;

    @Option(names = "--voi-function", description = "LINEAR, LINEAR_EXACT or SIGMOID, overriding the file's.")
    String voiFunction;

    @Option(names = "--disable-modality-lut", description = "Skip rescale / Modality LUT.")
    boolean disableModalityLut;

    @Option(names = "--disable-voi-lut", description = "Map the full modality range linearly instead of a window.")
    boolean disableVoiLut;

    @Option(names = "--force-8bit", description = "8-bit output (the default).")
    boolean force8Bit;

    @Option(names = "--force-16bit", description = "16-bit output (png and tiff only).")
    boolean force16Bit;

    @Option(names = "--quality", defaultValue = "95", description = "JPEG quality 1-100 (default ${DEFAULT-VALUE}).")
    int quality;

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

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }
}
