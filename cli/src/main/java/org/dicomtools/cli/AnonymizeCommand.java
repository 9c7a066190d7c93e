// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.batch.AnonymizeOperation;
import org.dicomtools.batch.BatchProgress;
import org.dicomtools.batch.BatchRequest;
import org.dicomtools.batch.BatchSummary;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.deident.DeidentifyResult;
import org.dicomtools.deident.Deidentifier;

final class AnonymizeCommand implements Command, InputCommand {
    Path input;
    Path output;
    boolean recursive;
    final AnonymizeMixin anonymize = new AnonymizeMixin();
    Path report;
    Integer jobs;
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("De-identify by the PS3.15 basic profile: consistent pseudonyms, shifted dates, private "
                + "data removed.");
        spec.positional("FILE|DIR").help("DICOM file, or a folder to mirror under --output").path(v -> input = v);
        spec.option("-o", "--output").label("F|DIR")
                .help("Output file (default <stem>_anon.dcm beside the input) or folder (required for a folder).")
                .path(v -> output = v);
        spec.option("-r", "--recursive").help("With a folder: include sub-folders.").flag(() -> recursive = true);
        anonymize.define(spec);
        spec.option("--report").label("F").help("Write every action on every element (JSON lines, no values).")
                .path(v -> report = v);
        spec.option("-j", "--jobs").help("Files processed in parallel (default: all cores).").intValue(v -> jobs = v);
        spec.option("--json").help("Print one JSON object instead of text (for a folder, the batch summary).")
                .flag(() -> json = true);
    }

    @Override
    public Path input() {
        return input;
    }

    @Override
    public Integer call() throws IOException {
        Deidentifier deidentifier = anonymize.deidentifier();
        AnonymizeOutput sink = new AnonymizeOutput(report);
        int code = Files.isDirectory(input) ? folder(deidentifier, sink) : file(deidentifier, sink);
        sink.close();
        anonymize.writeMapping(deidentifier);
        return code;
    }

    private int file(Deidentifier deidentifier, AnonymizeOutput sink) {
        Path out = output == null ? Cli.sibling(input, "_anon.dcm") : output;
        DeidentifyResult r = deidentifier.deidentify(input, out);
        sink.fileOutcome(input, out, r);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("input", input.toString());
            doc.put("output", out.toString());
            doc.put("patient_id", r.patientId());
            doc.put("date_offset_days", r.dateOffsetDays());
            doc.put("actions", r.actions().size());
            doc.put("warnings", r.warnings());
            Json.print(doc);
        } else {
            System.out.println("Anonymized file written to " + out + " (PatientID " + r.patientId()
                    + (r.dateOffsetDays() > 0 ? ", dates +" + r.dateOffsetDays() + " days" : "") + ")");
        }
        return ExitCodes.OK;
    }

    /** A folder runs on the batch engine, as {@code batch anonymize} does, printing this command's summary. */
    private int folder(Deidentifier deidentifier, AnonymizeOutput sink) {
        if (output == null) {
            throw new UsageException("a folder needs --output DIR");
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, jobs);
        BatchRequest request = new BatchRequest(new AnonymizeOperation(deidentifier), input, output, recursive,
                threads, false);
        BatchExecution.check(request);
        BatchSummary s = BatchExecution.execute(request, null, System.console() != null, false,
                sink.listener(input, output, true));
        BatchProgress c = s.counts();
        if (json) {
            BatchExecution.printJson(s, null);
        } else {
            System.out.printf("%d anonymized, %d failed, %d skipped (not DICOM) -> %s%n", c.succeeded(), c.failed(),
                    c.skipped(), output);
        }
        return BatchExecution.conclude(s);
    }
}
