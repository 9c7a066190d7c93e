// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.nio.file.Path;

/**
 * What to split and where to.
 *
 * @param outputDir folder for the outputs; {@code null} (default) means {@code <input folder>/<stem>_split}, as the
 *                  seed does
 * @param frames    the frames to split; {@code null} (default) means every frame
 * @param prefix    file name prefix, files being {@code <prefix>_frame_<NNNN>.dcm}; {@code null} (default) means the
 *                  input's stem
 */
public record SplitOptions(Path outputDir, FrameSelection frames, String prefix) {

    /** Every frame, beside the input, named after it. */
    public static final SplitOptions DEFAULT = new SplitOptions(null, null, null);

    /**
     * @throws IllegalArgumentException when the prefix is empty or would leave the output folder (a path separator,
     *                                  {@code ..}) or holds a character file systems refuse
     */
    public SplitOptions {
        if (prefix != null && (prefix.isEmpty() || prefix.equals(".") || prefix.equals("..")
                || prefix.chars().anyMatch(c -> c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0))) {
            throw new IllegalArgumentException("prefix '" + prefix + "' cannot start a file name: it must be "
                    + "non-empty, without path separators or any of : * ? \" < > |");
        }
    }
}
