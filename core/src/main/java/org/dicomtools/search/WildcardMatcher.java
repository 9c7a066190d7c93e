// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.util.regex.Pattern;

/**
 * DICOM wild card matching (PS3.4 C.2.2.2.4): {@code *} matches any run of characters, none included, and {@code ?}
 * exactly one; every other character stands for itself, so {@code 1.2.3*} or {@code T1+C (AX)*} match literally.
 * Case is ignored.
 *
 * <p>As in the seed, the pattern is anchored at the start of the value only: {@code CT*} finds values starting with
 * CT, and {@code *HEAD} finds values containing HEAD anywhere (where C-FIND would want it at the end). For an exact
 * whole-value match use a regular expression, {@code /^...$/}.
 */
public record WildcardMatcher(Pattern regex) implements Matcher {

    /** Compiles a wildcard pattern; characters other than {@code *} and {@code ?} are quoted. */
    public static WildcardMatcher of(String pattern) {
        StringBuilder re = new StringBuilder(pattern.length() + 16);
        StringBuilder literal = new StringBuilder();
        pattern.codePoints().forEach(c -> {
            if (c == '*' || c == '?') {
                flush(literal, re);
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.appendCodePoint(c);
            }
        });
        flush(literal, re);
        // DOTALL: an LT or UT value may hold line breaks, and * must run across them.
        return new WildcardMatcher(Pattern.compile(re.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    }

    private static void flush(StringBuilder literal, StringBuilder re) {
        if (!literal.isEmpty()) {
            re.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    @Override
    public boolean matches(String value) {
        return regex.matcher(value).lookingAt();
    }
}
