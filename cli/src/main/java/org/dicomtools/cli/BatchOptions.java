// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every {@code batch OP} takes: the folder, where outputs go, how to walk and how to report (SPEC §8). */
final class BatchOptions {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to process (DICOM is found by content, not by name).")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder, mirroring DIR's tree (default <DIR>_<op> beside DIR).")
    Path output;

    @Option(names = {"-r", "--recursive"}, description = "Include sub-folders.")
    boolean recursive;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files processed at once (default: the number of cores).")
    Integer jobs;

    @Option(names = "--resume", description = "Skip files whose output exists and is not older than the input.")
    boolean resume;

    @Option(names = "--report", paramLabel = "F", description = "Write one JSON line per file to F (F.partial until the run completes).")
    Path report;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress line on stderr: auto (when it is a terminal, the default), always or never.")
    String progress;

    int jobs() {
        return jobs == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, jobs);
    }

    /** Whether to draw the progress line; an unknown WHEN is a usage error. */
    boolean showProgress(CommandLine.Model.CommandSpec spec) {
        return switch (progress.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> System.console() != null;
            case "always" -> true;
            case "never" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--progress must be auto, always or never, not '" + progress + "'");
        };
    }
}
