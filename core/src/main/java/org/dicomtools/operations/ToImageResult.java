// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.operations;

import java.nio.file.Path;
import java.util.List;
import org.dicomtools.render.Explanation;

/** The images written, frame by frame, with how each was rendered and any warnings. */
public record ToImageResult(List<Path> outputs, List<Integer> frames, List<Explanation> explanations,
                            List<String> warnings, int frameCount) {
}
