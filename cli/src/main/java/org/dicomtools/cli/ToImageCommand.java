// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.operations.ToImage;
import org.dicomtools.operations.ToImageRequest;
import org.dicomtools.operations.ToImageResult;

final class ToImageCommand implements Command, InputCommand {
    Path file;
    Path output;
    final RenderMixin render = new RenderMixin();
    boolean explain;
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Render a frame through the PS3 pixel pipeline to png, jpeg, bmp, gif or tiff.");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        spec.option("-o", "--output").label("F|DIR")
                .help("Output file or folder (default <stem>.<ext> beside the input).").path(v -> output = v);
        render.define(spec);
        spec.option("--explain").help("Print, as JSON, what each stage of the pipeline used.")
                .flag(() -> explain = true);
        spec.option("--json").help("Print one JSON object (outputs, frames, explanations) instead of text.")
                .flag(() -> json = true);
    }

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws IOException {
        ToImageRequest request = render.request(file, output, file.getFileName().toString());
        ToImageResult r = ToImage.run(request);
        for (String w : r.warnings()) {
            System.err.println(file.getFileName() + ": warning: " + w);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("input", file.toString());
            doc.put("output", r.outputs().get(0).toString());
            doc.put("outputs", r.outputs().stream().map(Path::toString).toList());
            doc.put("format", request.format().name().toLowerCase(java.util.Locale.ROOT));
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
