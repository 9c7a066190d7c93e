// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

/**
 * What to do with an attribute: the single-letter action codes of PS3.15 E.1.1 (used in Table E.1-1). Compound codes
 * such as {@code X/Z} are resolved to one of these by {@link ConfidentialityProfile#resolveBasic(String)}.
 *
 * <p>PS3.15 E.1.1 applies every action to sequences as a whole: a removed or zeroed sequence loses its items; keeping
 * or cleaning a sequence means applying the profile recursively to the data sets of its items.
 */
public enum Action {

    /** K: keep the value (PS3.15 E.1.1; for a sequence, keep it but apply the profile to its items). */
    KEEP('K'),

    /** X: remove the attribute (PS3.15 E.1.1). */
    REMOVE('X'),

    /** Z: replace with a zero-length value, or a dummy value consistent with the VR (PS3.15 E.1.1). */
    ZERO('Z'),

    /** D: replace with a non-zero-length dummy value consistent with the VR (PS3.15 E.1.1). */
    DUMMY('D'),

    /** U: replace with a non-zero-length UID that is internally consistent within a set of instances (PS3.15 E.1.1). */
    UID('U'),

    /** C: clean, replacing values by ones of similar meaning known not to identify, consistent with the VR (PS3.15 E.1.1). */
    CLEAN('C');

    private final char code;

    Action(char code) {
        this.code = code;
    }

    /** The letter of PS3.15 E.1.1: K, X, Z, D, U or C. */
    public char code() {
        return code;
    }

    /** The action of a single-letter code of PS3.15 E.1.1, or {@code null} for anything else. */
    public static Action ofCode(char code) {
        return switch (code) {
            case 'K' -> KEEP;
            case 'X' -> REMOVE;
            case 'Z' -> ZERO;
            case 'D' -> DUMMY;
            case 'U' -> UID;
            case 'C' -> CLEAN;
            default -> null;
        };
    }
}
