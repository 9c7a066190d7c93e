// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.organize.CollisionPolicy;
import org.dicomtools.organize.Layout;
import org.dicomtools.organize.OrganizeRequest;
import org.dicomtools.organize.OrganizeSummary;
import org.dicomtools.organize.Organizer;
import org.dicomtools.organize.PathTemplate;
import org.dicomtools.organize.TransferMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "organize", mixinStandardHelpOptions = true,
        description = {"Copy or move DICOM files into folders named by their attributes.",
                "Files are recognised by content; others (and DICOMDIRs) are skipped with the reason. Names are made "
                        + "safe on every operating system and never lead outside DEST.",
                "Layouts: patient {PatientName}/{PatientID}/{basename}; study {PatientName}/{StudyDate}_"
                        + "{StudyDescription|Study}/{basename}; series {PatientName}/{StudyDate}/"
                        + "{SeriesNumber:03|0}_{SeriesDescription|Series}/{InstanceNumber:04|0}{ext}; modality "
                        + "{Modality}/{PatientName}/{basename}.",
                "Prints 'source -> destination' per file placed (duplicates, skips and failures on stderr with the "
                        + "reason), then a summary. Exit 0; 82 when some files failed, 23 when all did, 21 when no "
                        + "DICOM was found, 20 when SRC is missing."})
final class OrganizeCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "SRC", description = "Folder (or file) to take DICOM files from.")
    Path source;

    @Parameters(index = "1", paramLabel = "DEST", description = "Folder to organise into (created when needed).")
    Path destination;

    @Option(names = "--by", paramLabel = "LAYOUT", defaultValue = "patient",
            description = "patient (default), study, series or modality.")
    String by;

    @Option(names = "--template", paramLabel = "T",
            description = "Instead of --by: e.g. '{PatientID}/{StudyDate}_{StudyDescription}/{SeriesNumber:03}_"
                    + "{Modality}/{InstanceNumber:04}.dcm'. {Keyword} or {(GGGG,EEEE)}, ':0W' zero-pads an integer, "
                    + "'|text' replaces a missing value (else Unknown); {ext} {basename} {stem} are parts of the "
                    + "source name; '/' separates folders.")
    String template;

    @Option(names = "--copy", description = "Copy, leaving the sources (the default).")
    boolean copy;

    @Option(names = "--move", description = "Move: a source is removed only once its content is verifiably at "
            + "the destination (atomic rename, or a copy checked by size and SHA-256); a duplicate's source is "
            + "removed once found byte-for-byte identical.")
    boolean move;

    @Option(names = {"-r", "--recursive"}, description = "Include sub-folders (default: the top folder only).")
    boolean recursive;

    @Option(names = "--dry-run", description = "Print the plan; write, move and create nothing.")
    boolean dryRun;

    @Option(names = "--on-collision", paramLabel = "POLICY", defaultValue = "compare",
            description = "When a name is taken: compare (default: identical bytes = duplicate, skipped; different "
                    + "= kept as name_1, name_2...), suffix (always keep, suffixed), skip, or overwrite (atomic "
                    + "replace; never a file of the same run).")
    String onCollision;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Header reads in parallel (default: all cores); files are "
            + "placed one at a time in walk order.")
    Integer jobs;

    @Option(names = "--json", description = "Print one JSON document: the summary, and the files when there are at "
            + "most " + OrganizeOutput.JSON_FILE_LIMIT + " (use --report for more).")
    boolean json;

    @Option(names = "--report", paramLabel = "F", description = "Also write every file's outcome as JSON lines "
            + "(source, destination, action, reason).")
    Path report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Path input() {
        return source;
    }

    @Override
    public Integer call() throws IOException {
        if (copy && move) {
            throw usage("--copy and --move exclude each other");
        }
        if (template != null && spec.commandLine().getParseResult().hasMatchedOption("--by")) {
            throw usage("--by and --template exclude each other");
        }
        PathTemplate t;
        try {
            t = template != null ? PathTemplate.parse(template) : layout().template();
            Organizer.checkDestination(source, destination, recursive);
        } catch (InvalidValueException e) {
            throw usage(e.getMessage());
        }
        OrganizeRequest request = OrganizeRequest.of(source, destination).withRecursive(recursive).withTemplate(t)
                .withMode(move ? TransferMode.MOVE : TransferMode.COPY).withOnCollision(policy()).withDryRun(dryRun)
                .withThreads(jobs == null ? Runtime.getRuntime().availableProcessors() : jobs);
        OrganizeSummary summary;
        try (OrganizeOutput out = new OrganizeOutput(request, json, report)) {
            summary = Organizer.run(request, out::placement);
            out.summary(summary);
        }
        if (summary.failed() > 0) {
            return summary.succeeded() == 0 ? ExitCodes.NO_VALID_INPUT : ExitCodes.PARTIAL_FAILURE;
        }
        return summary.dicomFiles() == 0 ? ExitCodes.NO_INPUT : ExitCodes.OK;
    }

    private Layout layout() {
        try {
            return Layout.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("--by must be patient, study, series or modality, not '" + by + "'");
        }
    }

    private CollisionPolicy policy() {
        try {
            return CollisionPolicy.valueOf(onCollision.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("--on-collision must be compare, suffix, skip or overwrite, not '" + onCollision + "'");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
