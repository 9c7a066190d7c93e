// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.dicomtools.deident.DatesMode;
import org.dicomtools.deident.DeidentifyOptions;
import org.dicomtools.deident.Deidentifier;
import org.dicomtools.deident.ProfileOption;
import org.dicomtools.error.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The de-identification options of {@code anonymize}, shared with {@code batch anonymize} (SPEC §6). */
final class AnonymizeMixin {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--prefix", defaultValue = "ANON", description = "PatientID pseudonym prefix (default ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--secret", paramLabel = "S", description = "Key for HMAC-SHA-256 pseudonyms (recommended).")
    String secret;

    @Option(names = "--secret-file", paramLabel = "F", description = "Read the key from a file.")
    Path secretFile;

    @Option(names = "--mapping", paramLabel = "F", description = "Append original,pseudonym pairs (CSV) for authorised re-identification.")
    Path mapping;

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

    /** The de-identifier for these options; warns on stderr when pseudonyms are not keyed. */
    Deidentifier deidentifier() {
        Deidentifier d = new Deidentifier(options());
        if (secret == null && secretFile == null) {
            System.err.println("warning: no --secret: pseudonyms are plain SHA-256 of the originals, so anyone can "
                    + "confirm a guessed PatientID or UID by hashing it");
        }
        return d;
    }

    /** Appends the pseudonyms issued to the --mapping file, when one was asked for. */
    void writeMapping(Deidentifier d) {
        if (mapping != null) {
            AnonymizeOutput.appendMapping(mapping, d.pseudonyms().issued());
        }
    }

    DeidentifyOptions options() {
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
        DatesMode mode = switch (retainFullDates ? "keep" : dates.toLowerCase(Locale.ROOT)) {
            case "shift" -> DatesMode.SHIFT;
            case "keep" -> DatesMode.KEEP;
            case "remove" -> DatesMode.REMOVE;
            default -> throw new CommandLine.ParameterException(mixee.commandLine(),
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
