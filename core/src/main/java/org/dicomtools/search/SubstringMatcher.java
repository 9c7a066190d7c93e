// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.util.regex.Pattern;

/** Matches a value that contains the text, ignoring case. */
public record SubstringMatcher(Pattern literal) implements Matcher {

    /** A matcher for {@code text} taken literally (no character is special). */
    public static SubstringMatcher of(String text) {
        // A literal pattern rather than toLowerCase().contains(): the same Unicode case folding as the other matchers.
        return new SubstringMatcher(Pattern.compile(text,
                Pattern.LITERAL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    @Override
    public boolean matches(String value) {
        return literal.matcher(value).find();
    }
}
