// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.util.EnumSet;
import java.util.Set;

/**
 * How to de-identify.
 *
 * @param prefix          PatientID pseudonym prefix; default {@code ANON}
 * @param secret          HMAC key for every hash, or {@code null} for plain SHA-256 (default; callers should warn)
 * @param dates           {@link DatesMode#SHIFT} by default
 * @param keepPrivate     keep every private element (default false: all removed)
 * @param keepSafePrivate keep only private elements on the safe list (default false)
 * @param options         Annex E options besides the dates one, e.g. RETAIN_DEVICE_IDENTITY; default none
 * @param remember        keep original → pseudonym pairs for a mapping file (default false)
 */
public record DeidentifyOptions(String prefix, byte[] secret, DatesMode dates, boolean keepPrivate,
                                boolean keepSafePrivate, Set<ProfileOption> options, boolean remember) {

    public static final DeidentifyOptions DEFAULT = new DeidentifyOptions("ANON", null, DatesMode.SHIFT, false, false,
            Set.of(), false);

    public DeidentifyOptions {
        options = options.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(options));
    }

    /** Every option in force, the dates one included. */
    public Set<ProfileOption> effectiveOptions() {
        EnumSet<ProfileOption> all = options.isEmpty() ? EnumSet.noneOf(ProfileOption.class) : EnumSet.copyOf(options);
        if (dates == DatesMode.SHIFT) {
            all.add(ProfileOption.RETAIN_LONG_MODIFIED_DATES);
        } else if (dates == DatesMode.KEEP) {
            all.add(ProfileOption.RETAIN_LONG_FULL_DATES);
        }
        if (keepSafePrivate) {
            all.add(ProfileOption.RETAIN_SAFE_PRIVATE);
        }
        return all;
    }

    public DeidentifyOptions withSecret(byte[] s) {
        return new DeidentifyOptions(prefix, s, dates, keepPrivate, keepSafePrivate, options, remember);
    }

    public DeidentifyOptions withDates(DatesMode d) {
        return new DeidentifyOptions(prefix, secret, d, keepPrivate, keepSafePrivate, options, remember);
    }

    public DeidentifyOptions withOptions(Set<ProfileOption> o) {
        return new DeidentifyOptions(prefix, secret, dates, keepPrivate, keepSafePrivate, o, remember);
    }

    public DeidentifyOptions withPrivate(boolean keepAll, boolean keepSafe) {
        return new DeidentifyOptions(prefix, secret, dates, keepAll, keepSafe, options, remember);
    }

    public DeidentifyOptions withPrefix(String p) {
        return new DeidentifyOptions(p, secret, dates, keepPrivate, keepSafePrivate, options, remember);
    }

    public DeidentifyOptions withRemember(boolean r) {
        return new DeidentifyOptions(prefix, secret, dates, keepPrivate, keepSafePrivate, options, r);
    }
}
