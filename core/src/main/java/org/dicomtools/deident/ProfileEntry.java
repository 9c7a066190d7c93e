// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One row of PS3.15 Table E.1-1 as read from the generated {@code profile.tsv}.
 *
 * <p>{@code tag} and {@code mask} describe the tags the row covers: a tag {@code t} is covered when
 * {@code (t & mask) == tag}. Exact rows have mask {@code 0xFFFFFFFF}. Repeating groups such as (60xx,3000) or
 * (50xx,xxxx) have zero bits where the pattern has x, and cover only the even groups xx = 00-1E, as PS3.5 7.6 defines
 * repeating groups. The row "(gggg,eeee) where gggg is odd", Private Attributes, has tag and mask {@code 0x00010000}:
 * every tag of an odd group.
 *
 * @param tag the tag, with 0 where the pattern has wildcards
 * @param mask which bits of a tag must equal {@code tag}
 * @param name the name the table gives the attribute
 * @param basic the Basic Profile action as the table writes it: X, Z, D, U, X/Z, X/D, Z/D, X/Z/D or X/Z/U*
 * @param options the actions (only {@link Action#KEEP} or {@link Action#CLEAN}) of the options that have one for
 *     this row; unmodifiable, iterated in {@link ProfileOption} order
 */
public record ProfileEntry(int tag, int mask, String name, String basic, Map<ProfileOption, Action> options) {

    public ProfileEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basic, "basic");
        if ((tag & ~mask) != 0) {
            throw new IllegalArgumentException(String.format("tag %08X has bits outside mask %08X", tag, mask));
        }
        options = options == null || options.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(options));
    }

    /** True when this row is a pattern (a repeating group or the private attributes) rather than one tag. */
    public boolean isPattern() {
        return mask != 0xFFFFFFFF;
    }

    /** True when this row covers a tag; see the class comment for repeating groups. */
    public boolean matches(int t) {
        if ((t & mask) != tag) {
            return false;
        }
        if ((mask & 0x00FF0000) == 0 && (mask & 0xFF000000) != 0) {
            // The group's low byte is a wildcard: a repeating group, even groups 00-1E only (PS3.5 7.6).
            int xx = (t >>> 16) & 0xFF;
            return (xx & 1) == 0 && xx <= 0x1E;
        }
        return true;
    }

    /** The Basic Profile action resolved to a single action; see {@link ConfidentialityProfile#resolveBasic(String)}. */
    public Action basicAction() {
        return ConfidentialityProfile.resolveBasic(basic);
    }

    /** The resolved action under a set of options; see {@link ConfidentialityProfile#action(int, Set)}. */
    public Action action(Set<ProfileOption> enabled) {
        return ConfidentialityProfile.resolve(this, enabled);
    }

    /**
     * The tag as PS3.6 writes it, with x for a wildcard digit and o for an odd digit, e.g. "(0010,0010)",
     * "(60xx,3000)", "(xxxo,xxxx)".
     */
    public String pattern() {
        StringBuilder sb = new StringBuilder(11).append('(');
        for (int shift = 28; shift >= 0; shift -= 4) {
            if (shift == 12) {
                sb.append(',');
            }
            int m = (mask >>> shift) & 0xF;
            int d = (tag >>> shift) & 0xF;
            sb.append(m == 0xF ? Character.toUpperCase(Character.forDigit(d, 16)) : m == 0 ? 'x' : 'o');
        }
        return sb.append(')').toString();
    }
}
