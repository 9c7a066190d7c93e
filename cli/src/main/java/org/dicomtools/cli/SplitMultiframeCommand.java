// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.multiframe.FrameInfo;
import org.dicomtools.multiframe.FrameSelection;
import org.dicomtools.multiframe.FrameSplitter;
import org.dicomtools.multiframe.SplitFrame;
import org.dicomtools.multiframe.SplitOptions;
import org.dicomtools.multiframe.SplitResult;

final class SplitMultiframeCommand implements Command, InputCommand {
    Path file;
    Path outputDir;
    String frames;
    String prefix;
    boolean info;
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Write each frame of a multi-frame image as a single-frame instance.");
        spec.positional("FILE").help("Multi-frame DICOM file").path(v -> file = v);
        spec.option("-o", "--output-dir").label("D")
                .help("Folder for the frames (default <stem>_split beside the input).").path(v -> outputDir = v);
        spec.option("--frames").label("LIST")
                .help("Frames to write, counted from 1: numbers and ranges such as 1,3-5 (default: all). Numbers the "
                        + "image does not have are skipped with a warning.")
                .string(v -> frames = v);
        spec.option("--prefix").label("P").help("File names <prefix>_frame_<NNNN>.dcm (default: the input's stem).")
                .string(v -> prefix = v);
        spec.option("--info").help("Print the number of frames, their size and timing; write nothing.")
                .flag(() -> info = true);
        spec.option("--json").help("Print one JSON object.").flag(() -> json = true);
    }

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws IOException {
        if (info) {
            printInfo(FrameSplitter.info(file));
            return ExitCodes.OK;
        }
        SplitOptions options;
        try {
            options = new SplitOptions(outputDir, frames == null ? null : FrameSelection.parse(frames), prefix);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        SplitResult r = FrameSplitter.standard().split(file, options);
        for (String w : r.warnings()) {
            System.err.println(file.getFileName() + ": warning: " + w);
        }
        if (json) {
            printJson(r);
        } else {
            for (SplitFrame f : r.outputs()) {
                System.out.println("Saved " + f.path());
            }
            System.out.println("Split " + r.outputs().size() + (r.outputs().size() == 1 ? " frame" : " frames")
                    + " into " + r.outputDir());
        }
        return ExitCodes.OK;
    }

    private void printInfo(FrameInfo fi) throws IOException {
        if (json) {
            try (JsonGenerator gen = Json.generator(System.out)) {
                gen.writeStartObject();
                gen.writeStringField("input", file.toString());
                gen.writeNumberField("frames", fi.frames());
                gen.writeBooleanField("multi_frame", fi.multiFrame());
                gen.writeNumberField("columns", fi.columns());
                gen.writeNumberField("rows", fi.rows());
                gen.writeObjectFieldStart("attributes");
                for (Map.Entry<String, String> a : fi.attributes().entrySet()) {
                    gen.writeStringField(a.getKey(), a.getValue());
                }
                gen.writeEndObject();
                gen.writeEndObject();
                gen.writeRaw('\n');
            }
            System.out.flush();
            return;
        }
        // The seed's wording (split_multiframe.py get_frame_info).
        if (fi.multiFrame()) {
            System.out.println("Multi-frame image: " + fi.frames() + " frames");
            System.out.println("Frame dimensions: " + fi.columns() + " x " + fi.rows());
        } else {
            System.out.println("This is a single-frame image.");
            System.out.println("Dimensions: " + fi.columns() + " x " + fi.rows());
        }
        fi.attributes().forEach((k, v) -> System.out.println(k + ": " + v));
    }

    private void printJson(SplitResult r) throws IOException {
        try (JsonGenerator gen = Json.generator(System.out)) {
            gen.writeStartObject();
            gen.writeStringField("input", r.input().toString());
            gen.writeNumberField("frames", r.frames());
            gen.writeStringField("output_dir", r.outputDir().toString());
            gen.writeArrayFieldStart("outputs");
            for (SplitFrame f : r.outputs()) {
                gen.writeStartObject();
                gen.writeNumberField("frame", f.frame());
                gen.writeStringField("path", f.path().toString());
                gen.writeStringField("sop_instance_uid", f.sopInstanceUid());
                gen.writeStringField("transfer_syntax", f.transferSyntax().uid());
                gen.writeStringField("pixels", f.pixels().name().toLowerCase(Locale.ROOT));
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("warnings");
            for (String w : r.warnings()) {
                gen.writeString(w);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
        System.out.flush();
    }
}
