// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dicomtools.batch.AnonymizeOperation;
import org.dicomtools.batch.BatchProgress;
import org.dicomtools.batch.BatchRequest;
import org.dicomtools.batch.BatchSummary;
import org.dicomtools.deident.DeidentifyResult;
import org.dicomtools.deident.Deidentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "anonymize", description = "De-identify by the PS3.15 basic profile: consistent pseudonyms, shifted dates, private data removed.",
        mixinStandardHelpOptions = true)
final class AnonymizeCommand implements Callable<Integer>, InputCommand {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "DICOM file, or a folder to mirror under --output")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "F|DIR", description = "Output file (default <stem>_anon.dcm beside the input) or folder (required for a folder).")
    Path output;

    @Option(names = {"-r", "--recursive"}, description = "With a folder: include sub-folders.")
    boolean recursive;

    @Mixin
    AnonymizeMixin anonymize;

    @Option(names = "--report", paramLabel = "F", description = "Write every action on every element (JSON lines, no values).")
    Path report;

    @Option(names = {"-j", "--jobs"}, description = "Files processed in parallel (default: all cores).")
    Integer jobs;

    @Option(names = "--json", description = "Print one JSON object instead of text (for a folder, the batch summary).")
    boolean json;

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
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a folder needs --output DIR");
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, jobs);
        BatchRequest request = new BatchRequest(new AnonymizeOperation(deidentifier), input, output, recursive,
                threads, false);
        BatchExecution.check(spec, request);
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
