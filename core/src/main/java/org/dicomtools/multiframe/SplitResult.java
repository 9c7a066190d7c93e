// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a split.
 *
 * @param input     the multi-frame file
 * @param frames    its Number of Frames
 * @param outputDir the folder written to
 * @param outputs   the files written, by frame number
 * @param warnings  frame numbers skipped, repairs of the reader, and frames that had to be decoded
 */
public record SplitResult(Path input, int frames, Path outputDir, List<SplitFrame> outputs, List<String> warnings) {

    public SplitResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
    }
}
