// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.util.List;
import java.util.regex.Pattern;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.ElementDictionary;

/**
 * One search criterion: an element and the pattern its value must match. A file matches a criterion when the element
 * is present and any of its values matches (a multi-valued element, or the same element in several sequence items);
 * an absent element never matches, a present but empty one is tested as the empty string.
 *
 * <p>Person names (PN) are tested as stored ({@code DOE^JANE}) and also with the component and group separators
 * {@code ^} and {@code =} read as spaces ({@code DOE JANE}), so either spelling finds them. Components are not
 * reordered: {@code JANE DOE} does not match {@code DOE^JANE}.
 *
 * @param path    the element
 * @param pattern the pattern as given (never put in messages: it may hold patient data)
 * @param matcher how the pattern is applied
 */
public record Criterion(ElementPath path, String pattern, Matcher matcher) {

    /**
     * Parses {@code Key=pattern}, the key as {@link ElementPath#parse}, the pattern as {@link #of}.
     *
     * @throws IllegalArgumentException no {@code =}, a bad key, a bad regular expression or date range; the message
     *                                  never contains a text pattern
     */
    public static Criterion parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected Keyword=pattern");
        }
        return of(ElementPath.parse(spec.substring(0, eq)), spec.substring(eq + 1));
    }

    /**
     * A criterion on an element. For an element of VR DA, a pattern of eight digits or digits around a hyphen is a
     * {@link DateRange}; otherwise {@link Matcher#of}.
     */
    public static Criterion of(ElementPath path, String pattern) {
        try {
            boolean date = ElementDictionary.standard().vrOf(path.tag()) == VR.DA && DateRange.looksLikeRange(pattern);
            return new Criterion(path, pattern, date ? DateRange.parse(pattern) : Matcher.of(pattern));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path.label() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A criterion needing the whole value to equal {@code pattern}, case ignored, for codes and UIDs, where a
     * substring would find {@code 1.2.3.4} for {@code 1.2.3}; a wildcard or {@code /regex/} pattern keeps its meaning
     * as in {@link #of}.
     */
    public static Criterion whole(ElementPath path, String pattern) {
        if (Matcher.of(pattern) instanceof SubstringMatcher) {
            Pattern exact = Pattern.compile("\\A" + Pattern.quote(pattern) + "\\z",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new Criterion(path, pattern, new RegexMatcher(exact));
        }
        return of(path, pattern);
    }

    /** The column heading: {@link ElementPath#label()}. */
    public String key() {
        return path.label();
    }

    /** Whether the data set satisfies this criterion. */
    public boolean matches(DataSet ds) {
        for (ElementPath.Found found : path.find(ds)) {
            String[] values = found.strings();
            if (values == null) {
                continue;
            }
            boolean personName = found.element().vr() == VR.PN && !(matcher instanceof DateRange);
            for (String v : values) {
                if (matcher.matches(v)) {
                    return true;
                }
                if (personName) {
                    String spaced = spaced(v);
                    if (!spaced.equals(v) && matcher.matches(spaced)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether every criterion matches. */
    public static boolean all(List<Criterion> criteria, DataSet ds) {
        for (Criterion c : criteria) {
            if (!c.matches(ds)) {
                return false;
            }
        }
        return true;
    }

    /** Names the element and the kind of match only: the pattern may hold patient data and must not reach a log. */
    @Override
    public String toString() {
        return "Criterion[" + key() + ", " + matcher.getClass().getSimpleName() + "]";
    }

    /** A PN value with {@code ^} and {@code =} as single spaces: {@code SMITH^JOHN^^DR} → {@code SMITH JOHN DR}. */
    static String spaced(String personName) {
        StringBuilder sb = new StringBuilder(personName.length());
        for (int i = 0; i < personName.length(); i++) {
            char c = personName.charAt(i);
            boolean separator = c == '^' || c == '=' || c == ' ';
            if (!separator) {
                sb.append(c);
            } else if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == ' ' ? sb.substring(0, end - 1) : sb.toString();
    }
}
