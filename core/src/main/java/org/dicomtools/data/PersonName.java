// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One decoded PN value (PS3.5 6.2 Table 6.2-1 and 6.2.1): up to three component groups separated by {@code '='}
 * (alphabetic, ideographic, phonetic), each of up to five components separated by {@code '^'}.
 *
 * <p>Leading and trailing spaces of a component are insignificant (PS3.5 Table 6.2-1), so components are returned
 * trimmed. Malformed values are kept rather than rejected: a fourth {@code '='} stays inside the phonetic group and a
 * fifth {@code '^'} inside the suffix, so {@link #toString()} loses nothing.
 */
public final class PersonName {

    /** The component groups, in their order of occurrence. */
    public enum Group { ALPHABETIC, IDEOGRAPHIC, PHONETIC }

    /** The components of a group, in their order of occurrence. */
    public enum Component { FAMILY, GIVEN, MIDDLE, PREFIX, SUFFIX }

    private static final int GROUPS = Group.values().length;
    private static final int COMPONENTS = Component.values().length;

    private final String[] groups;
    private final String[][] components;
    private final String normalized;

    private PersonName(String[] groups) {
        this.groups = groups;
        this.components = new String[GROUPS][];
        List<String> normalizedGroups = new ArrayList<>(GROUPS);
        for (int g = 0; g < GROUPS; g++) {
            String[] parts = split(groups[g], '^', COMPONENTS);
            for (int c = 0; c < COMPONENTS; c++) {
                parts[c] = parts[c].strip();
            }
            components[g] = parts;
            normalizedGroups.add(String.join("^", withoutTrailingEmpty(List.of(parts))));
        }
        this.normalized = String.join("=", withoutTrailingEmpty(normalizedGroups));
    }

    /** Parses a decoded PN value; trailing space padding is ignored. */
    public static PersonName parse(String value) {
        Objects.requireNonNull(value, "value");
        return new PersonName(split(value.stripTrailing(), '=', GROUPS));
    }

    /** The alphabetic group as it was given, without its delimiters; "" when absent. */
    public String alphabetic() {
        return groups[Group.ALPHABETIC.ordinal()];
    }

    /** The ideographic group as it was given, without its delimiters; "" when absent. */
    public String ideographic() {
        return groups[Group.IDEOGRAPHIC.ordinal()];
    }

    /** The phonetic group as it was given, without its delimiters; "" when absent. */
    public String phonetic() {
        return groups[Group.PHONETIC.ordinal()];
    }

    /** A group as it was given, without its delimiters; "" when absent. */
    public String group(Group group) {
        return groups[group.ordinal()];
    }

    /** One component, trimmed; "" when absent. */
    public String component(Group group, Component component) {
        return components[group.ordinal()][component.ordinal()];
    }

    /** Whether every component of every group is empty. */
    public boolean isEmpty() {
        return normalized.isEmpty();
    }

    /**
     * A name for people to read: prefix, given, middle and family name separated by spaces, then ", suffix", taken
     * from the first group that is not empty (alphabetic, then ideographic, then phonetic).
     */
    public String toDisplayString() {
        for (String[] parts : components) {
            StringBuilder sb = new StringBuilder();
            for (Component c : List.of(Component.PREFIX, Component.GIVEN, Component.MIDDLE, Component.FAMILY)) {
                String part = parts[c.ordinal()];
                if (!part.isEmpty()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(part);
                }
            }
            String suffix = parts[Component.SUFFIX.ordinal()];
            if (!suffix.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(suffix);
            }
            if (sb.length() > 0) {
                return sb.toString();
            }
        }
        return "";
    }

    /**
     * The DICOM form with components trimmed and trailing empty components and groups, with their delimiters,
     * removed (PS3.5 6.2.1).
     */
    @Override
    public String toString() {
        return normalized;
    }

    /** Names are equal when their normalized DICOM forms are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName other && normalized.equals(other.normalized);
    }

    @Override
    public int hashCode() {
        return normalized.hashCode();
    }

    /** Splits at {@code delimiter} into exactly {@code count} parts; the last part keeps any further delimiters. */
    private static String[] split(String s, char delimiter, int count) {
        String[] parts = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = i == count - 1 ? -1 : s.indexOf(delimiter, start);
            if (start > s.length()) {
                parts[i] = "";
            } else if (end < 0) {
                parts[i] = s.substring(start);
                start = s.length() + 1;
            } else {
                parts[i] = s.substring(start, end);
                start = end + 1;
            }
        }
        return parts;
    }

    private static List<String> withoutTrailingEmpty(List<String> parts) {
        int n = parts.size();
        while (n > 0 && parts.get(n - 1).isEmpty()) {
            n--;
        }
        return parts.subList(0, n);
    }
}
