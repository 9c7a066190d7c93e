// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;

/** What every {@code batch OP} takes: the folder, where outputs go, how to walk and how to report (SPEC §8). */
final class BatchOptions {
    Path dir;
    Path output;
    boolean recursive;
    Integer jobs;
    boolean resume;
    Path report;
    boolean json;
    String progress;

    /** Declares these options on the command that includes them. */
    void define(CommandSpec spec) {
        spec.positional("DIR").help("Folder to process (DICOM is found by content, not by name).").path(v -> dir = v);
        spec.option("-o", "--output").label("DIR")
                .help("Output folder, mirroring DIR's tree (default <DIR>_<op> beside DIR).").path(v -> output = v);
        spec.option("-r", "--recursive").help("Include sub-folders.").flag(() -> recursive = true);
        spec.option("-j", "--jobs").label("N").help("Files processed at once (default: the number of cores).")
                .intValue(v -> jobs = v);
        spec.option("--resume").help("Skip files whose output exists and is not older than the input.")
                .flag(() -> resume = true);
        spec.option("--report").label("F")
                .help("Write one JSON line per file to F (F.partial until the run completes).").path(v -> report = v);
        spec.option("--json").help("Print the summary as one JSON object.").flag(() -> json = true);
        spec.option("--progress").label("WHEN").defaultValue("auto")
                .help("Progress line on stderr: auto (when it is a terminal, the default), always or never.")
                .string(v -> progress = v);
    }

    int jobs() {
        return jobs == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, jobs);
    }

    /** Whether to draw the progress line; an unknown WHEN is a usage error. */
    boolean showProgress() {
        return switch (progress.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> System.console() != null;
            case "always" -> true;
            case "never" -> false;
            default -> throw new UsageException("--progress must be auto, always or never, not '" + progress + "'");
        };
    }
}
