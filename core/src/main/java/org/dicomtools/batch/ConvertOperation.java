// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.error.OutputException;
import org.dicomtools.operations.ToImage;
import org.dicomtools.operations.ToImageRequest;
import org.dicomtools.operations.ToImageResult;

/**
 * {@code convert}: renders each file as {@code to-image} does ({@link ToImage}), to {@code <stem>.<ext>} at the
 * mirrored place; with all frames, {@code <stem>_frame<NNN>.<ext>} in the mirrored folder.
 */
public final class ConvertOperation implements BatchOperation {
    private final ToImageRequest settings;

    /** @param settings everything but input and output, which are set per file */
    public ConvertOperation(ToImageRequest settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public boolean writes() {
        return true;
    }

    /** The image file; with all frames, the folder the frames go to. */
    @Override
    public Path target(Path outputRoot, Path relative) {
        Path folder = relative.getParent() == null ? outputRoot : outputRoot.resolve(relative.getParent().toString());
        if (settings.allFrames()) {
            return folder;
        }
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return folder.resolve(stem + "." + settings.format().extension());
    }

    @Override
    public OpResult process(Path input, Path target) {
        if (settings.allFrames()) {
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                throw new OutputException("cannot create " + target + ": " + e.getMessage(), e);
            }
        }
        ToImageResult r = ToImage.run(new ToImageRequest(input, target, settings.format(), settings.frame(),
                settings.allFrames(), settings.render(), settings.quality()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", settings.format().extension());
        fields.put("frames_written", r.outputs().size());
        fields.put("frame_count", r.frameCount());
        fields.put("warnings", r.warnings());
        return OpResult.ok(r.outputs().get(0), null, fields);
    }
}
