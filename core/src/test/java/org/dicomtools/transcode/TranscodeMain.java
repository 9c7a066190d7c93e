// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.nio.file.Path;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * A child JVM's entry point for memory tests: {@code TranscodeMain IN OUT SYNTAX} transcodes through the library's
 * file-to-file path, as the CLI does, and exits 0, or 1 after printing the failure.
 */
final class TranscodeMain {
    private TranscodeMain() {
    }

    public static void main(String[] args) {
        try {
            TranscodeResult r = Transcoder.standard().transcode(Path.of(args[0]), Path.of(args[1]),
                    TranscodeOptions.to(TransferSyntaxes.forName(args[2])));
            System.out.println(r.frames() + " frames, " + r.encodedBytes() + " bytes encoded, verified "
                    + r.verified());
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
