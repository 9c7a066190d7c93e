// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.util.regex.Pattern;

/** Matches a value in which the regular expression is found anywhere (anchor it with {@code ^...$} for all of it). */
public record RegexMatcher(Pattern regex) implements Matcher {

    @Override
    public boolean matches(String value) {
        return regex.matcher(value).find();
    }
}
