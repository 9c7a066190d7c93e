// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How one text value is tested against a search pattern. {@link #of(String)} reads the pattern the way the seed's
 * {@code search} did: {@code /regex/} is a regular expression, a pattern with {@code *} or {@code ?} is a wildcard,
 * anything else a substring; every kind ignores case.
 */
public sealed interface Matcher permits SubstringMatcher, WildcardMatcher, RegexMatcher, DateRange {

    /** Whether one value (already decoded and trimmed of padding) matches. */
    boolean matches(String value);

    /**
     * The matcher a pattern asks for.
     *
     * @throws IllegalArgumentException a {@code /regex/} that does not compile; the message gives the reason and the
     *                                  index but not the pattern, which may hold patient data
     */
    static Matcher of(String pattern) {
        if (pattern.length() >= 2 && pattern.startsWith("/") && pattern.endsWith("/")) {
            String regex = pattern.substring(1, pattern.length() - 1);
            try {
                return new RegexMatcher(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid regular expression: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""), e);
            }
        }
        if (pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0) {
            return WildcardMatcher.of(pattern);
        }
        return SubstringMatcher.of(pattern);
    }
}
