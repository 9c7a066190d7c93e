// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.nio.file.Path;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.operations.ToImage;
import org.dicomtools.operations.ToImageRequest;
import org.dicomtools.operations.ToImageResult;
import org.dicomtools.render.RenderOptions;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * A child JVM's entry point for memory tests, running the library entry points the CLI runs:
 * {@code transcode IN OUT SYNTAX} (file to file) or {@code to-image IN DIR} (every frame as PNG). Exits 0, or 1 after
 * printing the failure.
 */
final class SmallHeapMain {
    private SmallHeapMain() {
    }

    public static void main(String[] args) {
        try {
            if (args[0].equals("to-image")) {
                ToImageResult r = ToImage.run(new ToImageRequest(Path.of(args[1]), Path.of(args[2]), ImageFormat.PNG,
                        0, true, RenderOptions.defaults(), 95));
                System.out.println(r.outputs().size() + " images");
                return;
            }
            TranscodeResult r = Transcoder.standard().transcode(Path.of(args[1]), Path.of(args[2]),
                    TranscodeOptions.to(TransferSyntaxes.forName(args[3])));
            System.out.println(r.frames() + " frames, " + r.encodedBytes() + " bytes encoded, verified "
                    + r.verified());
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
