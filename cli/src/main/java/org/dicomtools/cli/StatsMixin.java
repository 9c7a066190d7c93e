// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.operations.PixelStats;

/** Which samples {@code stats} counts, shared with {@code batch stats} (SPEC §7). */
final class StatsMixin {
    int frame;
    boolean allFrames;
    boolean modality;
    boolean luminance;

    /** Declares these options on the command that includes them. */
    void define(CommandSpec spec) {
        spec.option("--frame").defaultValue("0").help("Frame, 0-based (default ${DEFAULT-VALUE}).")
                .intValue(v -> frame = v);
        spec.option("--all-frames").help("Statistics over every frame together.").flag(() -> allFrames = true);
        spec.option("--modality").help("Values after Rescale Slope/Intercept (e.g. Hounsfield units).")
                .flag(() -> modality = true);
        spec.option("--luminance").help("Colour as Rec. 601 luminance instead of per channel.")
                .flag(() -> luminance = true);
    }

    PixelStats.Request request(Path input) {
        return new PixelStats.Request(input, frame, allFrames, modality, luminance);
    }
}
