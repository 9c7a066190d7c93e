// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.organize.CollisionPolicy;
import org.dicomtools.organize.Layout;
import org.dicomtools.organize.OrganizeRequest;
import org.dicomtools.organize.OrganizeSummary;
import org.dicomtools.organize.Organizer;
import org.dicomtools.organize.PathTemplate;
import org.dicomtools.organize.TransferMode;

final class OrganizeCommand implements Command, InputCommand {
    Path source;
    Path destination;
    String by;
    String template;
    boolean copy;
    boolean move;
    boolean recursive;
    boolean dryRun;
    String onCollision;
    Integer jobs;
    boolean json;
    Path report;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Copy or move DICOM files into folders named by their attributes.",
                "Files are recognised by content; others (and DICOMDIRs) are skipped with the reason. Names are "
                        + "made safe on every operating system and never lead outside DEST.",
                "Layouts: patient {PatientName}/{PatientID}/{basename}; study {PatientName}/{StudyDate}_"
                        + "{StudyDescription|Study}/{basename}; series {PatientName}/{StudyDate}/"
                        + "{SeriesNumber:03|0}_{SeriesDescription|Series}/{InstanceNumber:04|0}{ext}; modality "
                        + "{Modality}/{PatientName}/{basename}.",
                "Prints 'source -> destination' per file placed (duplicates, skips and failures on stderr with the "
                        + "reason), then a summary. Exit 0; 82 when some files failed, 23 when all did, 21 when no "
                        + "DICOM was found, 20 when SRC is missing.");
        spec.positional("SRC").help("Folder (or file) to take DICOM files from.").path(v -> source = v);
        spec.positional("DEST").help("Folder to organise into (created when needed).").path(v -> destination = v);
        // No declared default: --by given together with --template is an error, which a default would hide.
        spec.option("--by").label("LAYOUT").help("patient (default), study, series or modality.")
                .string(v -> by = v);
        spec.option("--template").label("T")
                .help("Instead of --by: e.g. '{PatientID}/{StudyDate}_{StudyDescription}/{SeriesNumber:03}_"
                        + "{Modality}/{InstanceNumber:04}.dcm'. {Keyword} or {(GGGG,EEEE)}, ':0W' zero-pads an "
                        + "integer, '|text' replaces a missing value (else Unknown); {ext} {basename} {stem} are parts of the "
                        + "source name; '/' separates folders.")
                .string(v -> template = v);
        spec.option("--copy").help("Copy, leaving the sources (the default).").flag(() -> copy = true);
        spec.option("--move")
                .help("Move: a source is removed only once its content is verifiably at the destination (atomic "
                        + "rename, or a copy checked by size and SHA-256); a duplicate's source is removed once found "
                        + "byte-for-byte identical.")
                .flag(() -> move = true);
        spec.option("-r", "--recursive").help("Include sub-folders (default: the top folder only).")
                .flag(() -> recursive = true);
        spec.option("--dry-run").help("Print the plan; write, move and create nothing.").flag(() -> dryRun = true);
        spec.option("--on-collision").label("POLICY").defaultValue("compare")
                .help("When a name is taken: compare (default: identical bytes = duplicate, skipped; different = "
                        + "kept as name_1, name_2...), suffix (always keep, suffixed), skip, or overwrite (atomic "
                        + "replace; never a file of the same run).")
                .string(v -> onCollision = v);
        spec.option("-j", "--jobs").label("N")
                .help("Header reads in parallel (default: all cores); files are placed one at a time in walk order.")
                .intValue(v -> jobs = v);
        spec.option("--json")
                .help("Print one JSON document: the summary, and the files when there are at most "
                + OrganizeOutput.JSON_FILE_LIMIT + " (use --report for more).")
                .flag(() -> json = true);
        spec.option("--report").label("F")
                .help("Also write every file's outcome as JSON lines (source, destination, action, reason).")
                .path(v -> report = v);
    }

    @Override
    public Path input() {
        return source;
    }

    @Override
    public Integer call() throws IOException {
        if (copy && move) {
            throw usage("--copy and --move exclude each other");
        }
        if (template != null && by != null) {
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
            return Layout.valueOf((by == null ? "patient" : by).toUpperCase(Locale.ROOT));
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

    private UsageException usage(String message) {
        return new UsageException(message);
    }
}
