// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.image.ExportOptions;
import org.dicomtools.image.ImageExporter;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.pixel.Frame;
import org.dicomtools.pixel.FrameReader;
import org.dicomtools.render.Rendered;
import org.dicomtools.render.Renderer;

/**
 * Renders frames of a file through the PS3 pipeline and writes them as images (SPEC §4): the seed's naming,
 * {@code <stem>.<ext>} for one frame and {@code <stem>_frame<NNN>.<ext>} (0-based) for each of many. An output that
 * is a folder, or does not exist and has no extension, receives those names; any other output is the file itself.
 */
public final class ToImage {
    private ToImage() {
    }

    /**
     * @throws InvalidValueException when the frame does not exist (the message names the frame count)
     * @throws org.dicomtools.error.MissingAttributeException when the file has no pixel data
     */
    public static ToImageResult run(ToImageRequest r) {
        DicomFile file = DicomReader.read(r.input(), ReadOptions.DEFAULT);
        int count = FrameReader.frameCount(file);
        if (!r.allFrames() && (r.frame() < 0 || r.frame() >= count)) {
            throw new InvalidValueException("frame " + r.frame() + " out of range: the image has " + count
                    + " frame(s)");
        }
        List<Integer> indices = new ArrayList<>();
        if (r.allFrames()) {
            for (int i = 0; i < count; i++) {
                indices.add(i);
            }
        } else {
            indices.add(r.frame());
        }
        boolean many = indices.size() > 1;
        List<Path> outputs = new ArrayList<>();
        List<org.dicomtools.render.Explanation> explanations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i : indices) {
            Frame frame = FrameReader.read(file, i);
            Rendered rendered = Renderer.render(file.dataSet(), frame, i, r.render());
            Path target = target(r, many, i);
            ImageExporter.write(rendered.image(), r.format(), target, ExportOptions.DEFAULT.withJpegQuality(r.quality()));
            outputs.add(target);
            explanations.add(rendered.explanation());
            for (String w : rendered.warnings()) {
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
        }
        return new ToImageResult(outputs, indices, explanations, warnings, count);
    }

    private static Path target(ToImageRequest r, boolean many, int frame) {
        String name = r.input().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = r.format().extension();
        String file = many ? String.format(Locale.ROOT, "%s_frame%03d.%s", stem, frame, ext) : stem + "." + ext;
        Path out = r.output();
        if (out == null) {
            return r.input().toAbsolutePath().getParent().resolve(file);
        }
        boolean folder = Files.isDirectory(out)
                || !Files.exists(out) && !out.getFileName().toString().contains(".");
        return many || folder ? out.resolve(file) : out;
    }
}
