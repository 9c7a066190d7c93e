// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.deident.DatesMode;
import org.dicomtools.deident.DeidentifyOptions;
import org.dicomtools.deident.Deidentifier;
import org.dicomtools.deident.ProfileOption;
import org.dicomtools.error.InputException;

/** The de-identification options of {@code anonymize}, shared with {@code batch anonymize} (SPEC §6). */
final class AnonymizeMixin {
    String prefix;
    String secret;
    Path secretFile;
    Path mapping;
    String dates;
    boolean keepPrivate;
    boolean keepSafePrivate;
    boolean retainDevice;
    boolean retainInstitution;
    boolean retainPatient;
    boolean retainUids;
    boolean retainFullDates;
    boolean cleanDescriptors;

    /** Declares these options on the command that includes them. */
    void define(CommandSpec spec) {
        spec.option("--prefix").defaultValue("ANON").help("PatientID pseudonym prefix (default ${DEFAULT-VALUE}).")
                .string(v -> prefix = v);
        spec.option("--secret").label("S").help("Key for HMAC-SHA-256 pseudonyms (recommended).")
                .string(v -> secret = v);
        spec.option("--secret-file").label("F").help("Read the key from a file.").path(v -> secretFile = v);
        spec.option("--mapping").label("F")
                .help("Append original,pseudonym pairs (CSV) for authorised re-identification.").path(v -> mapping = v);
        spec.option("--dates").defaultValue("shift").help("shift (default), keep or remove.").string(v -> dates = v);
        spec.option("--keep-private").help("Keep every private element.").flag(() -> keepPrivate = true);
        spec.option("--keep-safe-private").help("Keep private elements on the shipped safe list only.")
                .flag(() -> keepSafePrivate = true);
        spec.option("--retain-device-identity").help("PS3.15 Retain Device Identity Option.")
                .flag(() -> retainDevice = true);
        spec.option("--retain-institution-identity").help("PS3.15 Retain Institution Identity Option.")
                .flag(() -> retainInstitution = true);
        spec.option("--retain-patient-characteristics").help("PS3.15 Retain Patient Characteristics Option.")
                .flag(() -> retainPatient = true);
        spec.option("--retain-uids").help("PS3.15 Retain UIDs Option.").flag(() -> retainUids = true);
        spec.option("--retain-full-dates").help("Same as --dates keep.").flag(() -> retainFullDates = true);
        spec.option("--clean-descriptors").help("PS3.15 Clean Descriptors Option: descriptions are kept (review them).")
                .flag(() -> cleanDescriptors = true);
    }

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
            default -> throw new UsageException("--dates must be shift, keep or remove, not '" + dates + "'");
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
