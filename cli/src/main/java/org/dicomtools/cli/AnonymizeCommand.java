// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dicomtools.deident.DatesMode;
import org.dicomtools.deident.DeidentifyOptions;
import org.dicomtools.deident.DeidentifyResult;
import org.dicomtools.deident.Deidentifier;
import org.dicomtools.deident.FolderDeidentification;
import org.dicomtools.deident.ProfileOption;
import org.dicomtools.error.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "anonymize", description = "De-identify by the PS3.15 basic profile: consistent pseudonyms, shifted dates, private data removed.",
        mixinStandardHelpOptions = true)
final class AnonymizeCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "DICOM file, or a folder to mirror under --output")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "F|DIR", description = "Output file (default <stem>_anon.dcm beside the input) or folder (required for a folder).")
    Path output;

    @Option(names = {"-r", "--recursive"}, description = "With a folder: include sub-folders.")
    boolean recursive;

    @Option(names = "--prefix", defaultValue = "ANON", description = "PatientID pseudonym prefix (default ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--secret", paramLabel = "S", description = "Key for HMAC-SHA-256 pseudonyms (recommended).")
    String secret;

    @Option(names = "--secret-file", paramLabel = "F", description = "Read the key from a file.")
    Path secretFile;

    @Option(names = "--mapping", paramLabel = "F", description = "Append original,pseudonym pairs (CSV) for authorised re-identification.")
    Path mapping;

    @Option(names = "--report", paramLabel = "F", description = "Write every action on every element (JSON lines, no values).")
    Path report;

    @Option(names = "--dates", defaultValue = "shift", description = "shift (default), keep or remove.")
    String dates;

    @Option(names = "--keep-private", description = "Keep every private element.")
    boolean keepPrivate;

    @Option(names = "--keep-safe-private", description = "Keep private elements on the shipped safe list only.")
    boolean keepSafePrivate;

    @Option(names = "--retain-device-identity", description = "PS3.15 Retain Device Identity Option.")
    boolean retainDevice;

    @Option(names = "--retain-institution-identity", description = "PS3.15 Retain Institution Identity Option.")
    boolean retainInstitution;

    @Option(names = "--retain-patient-characteristics", description = "PS3.15 Retain Patient Characteristics Option.")
    boolean retainPatient;

    @Option(names = "--retain-uids", description = "PS3.15 Retain UIDs Option.")
    boolean retainUids;

    @Option(names = "--retain-full-dates", description = "Same as --dates keep.")
    boolean retainFullDates;

    @Option(names = "--clean-descriptors", description = "PS3.15 Clean Descriptors Option: descriptions are kept (review them).")
    boolean cleanDescriptors;

    @Option(names = {"-j", "--jobs"}, description = "Files processed in parallel (default: all cores).")
    Integer jobs;

    @Option(names = "--json", description = "For a file: print one JSON object instead of text.")
    boolean json;

    @Override
    public Path input() {
        return input;
    }

    @Override
    public Integer call() throws IOException {
        Deidentifier deidentifier = new Deidentifier(options());
        if (secret == null && secretFile == null) {
            System.err.println("warning: no --secret: pseudonyms are plain SHA-256 of the originals, so anyone can "
                    + "confirm a guessed PatientID or UID by hashing it");
        }
        AnonymizeOutput sink = new AnonymizeOutput(report);
        int code;
        if (Files.isDirectory(input)) {
            if (output == null) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "a folder needs --output DIR");
            }
            int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, jobs);
            FolderDeidentification.Summary s = FolderDeidentification.run(input, output, recursive, deidentifier,
                    threads, sink::folderOutcome);
            System.out.printf("%d anonymized, %d failed, %d skipped (not DICOM) -> %s%n", s.succeeded(), s.failed(),
                    s.skipped(), output);
            code = s.succeeded() + s.failed() == 0 ? ExitCodes.NO_INPUT : s.failed() == 0 ? ExitCodes.OK
                    : s.succeeded() == 0 ? ExitCodes.NO_VALID_INPUT : ExitCodes.PARTIAL_FAILURE;
        } else {
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
            code = ExitCodes.OK;
        }
        sink.close();
        if (mapping != null) {
            AnonymizeOutput.appendMapping(mapping, deidentifier.pseudonyms().issued());
        }
        return code;
    }

    private DeidentifyOptions options() throws IOException {
        byte[] key = null;
        if (secretFile != null) {
            try {
                key = Files.readAllBytes(secretFile);
            } catch (IOException e) {
                throw new InputException(secretFile + ": cannot read the secret file", e);
            }
        } else if (secret != null) {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
        DatesMode mode = switch (retainFullDates ? "keep" : dates.toLowerCase(java.util.Locale.ROOT)) {
            case "shift" -> DatesMode.SHIFT;
            case "keep" -> DatesMode.KEEP;
            case "remove" -> DatesMode.REMOVE;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--dates must be shift, keep or remove, not '" + dates + "'");
        };
        EnumSet<ProfileOption> opts = EnumSet.noneOf(ProfileOption.class);
        if (retainDevice) {
            opts.add(ProfileOption.RETAIN_DEVICE_IDENTITY);
        }
        if (retainInstitution) {
            opts.add(ProfileOption.RETAIN_INSTITUTION_IDENTITY);
        }
        if (retainPatient) {
            opts.add(ProfileOption.RETAIN_PATIENT_CHARACTERISTICS);
        }
        if (retainUids) {
            opts.add(ProfileOption.RETAIN_UIDS);
        }
        if (cleanDescriptors) {
            opts.add(ProfileOption.CLEAN_DESCRIPTORS);
        }
        return new DeidentifyOptions(prefix, key, mode, keepPrivate, keepSafePrivate, opts, mapping != null);
    }
}
