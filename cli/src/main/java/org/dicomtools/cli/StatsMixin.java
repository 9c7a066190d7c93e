// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.operations.PixelStats;
import picocli.CommandLine.Option;

/** Which samples {@code stats} counts, shared with {@code batch stats} (SPEC §7). */
final class StatsMixin {
    @Option(names = "--frame", defaultValue = "0", description = "Frame, 0-based (default ${DEFAULT-VALUE}).")
    int frame;

    @Option(names = "--all-frames", description = "Statistics over every frame together.")
    boolean allFrames;

    @Option(names = "--modality", description = "Values after Rescale Slope/Intercept (e.g. Hounsfield units).")
    boolean modality;

    @Option(names = "--luminance", description = "Colour as Rec. 601 luminance instead of per channel.")
    boolean luminance;

    PixelStats.Request request(Path input) {
        return new PixelStats.Request(input, frame, allFrames, modality, luminance);
    }
}
