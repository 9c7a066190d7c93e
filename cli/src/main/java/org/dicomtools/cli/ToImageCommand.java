// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.operations.ToImage;
import org.dicomtools.operations.ToImageRequest;
import org.dicomtools.operations.ToImageResult;
import org.dicomtools.render.RenderOptions;
import org.dicomtools.render.VoiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "to-image", description = "Render a frame through the PS3 pixel pipeline to png, jpeg, bmp, gif or tiff.",
        mixinStandardHelpOptions = true)
final class ToImageCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "F|DIR", description = "Output file or folder (default <stem>.<ext> beside the input).")
    Path output;

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

    @Option(names = "--explain", description = "Print, as JSON, what each stage of the pipeline used.")
    boolean explain;

    @Option(names = "--json", description = "Print one JSON object (outputs, frames, explanations) instead of text.")
    boolean json;

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws IOException {
        if ((windowCenter == null) != (windowWidth == null)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "give both --window-center and --window-width, or neither");
        }
        if (force8Bit && force16Bit) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--force-8bit and --force-16bit exclude each other");
        }
        if (voiFunction != null && VoiFunction.parse(voiFunction) == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--voi-function must be LINEAR, LINEAR_EXACT or SIGMOID, not '" + voiFunction + "'");
        }
        ImageFormat fmt = ImageFormat.fromName(format);
        if (fmt == null) {
            System.err.println(file.getFileName() + ": warning: unknown format '" + format + "', writing png");
            fmt = ImageFormat.PNG;
        }
        RenderOptions render = new RenderOptions(windowCenter, windowWidth, normalize, autoWindow, voiIndex,
                voiFunction == null ? null : VoiFunction.parse(voiFunction), disableModalityLut, disableVoiLut,
                force16Bit);
        ToImageResult r = ToImage.run(new ToImageRequest(file, output, fmt, frame, allFrames, render, quality));
        for (String w : r.warnings()) {
            System.err.println(file.getFileName() + ": warning: " + w);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("input", file.toString());
            doc.put("output", r.outputs().get(0).toString());
            doc.put("outputs", r.outputs().stream().map(Path::toString).toList());
            doc.put("format", fmt.name().toLowerCase(java.util.Locale.ROOT));
            doc.put("frames", r.frames());
            doc.put("frame_count", r.frameCount());
            doc.put("explanations", r.explanations().stream().map(e -> new Json.RawJson(e.toJson())).toList());
            Json.print(doc);
            return ExitCodes.OK;
        }
        for (int i = 0; i < r.outputs().size(); i++) {
            System.out.println("Saved " + (r.outputs().size() > 1 ? "frame " + r.frames().get(i) + " to " : "")
                    + r.outputs().get(i));
        }
        if (explain) {
            for (var e : r.explanations()) {
                System.out.println(e.toJson());
            }
        }
        return ExitCodes.OK;
    }
}
