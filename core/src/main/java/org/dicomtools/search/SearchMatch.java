// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One matching file.
 *
 * @param relative its path below the searched folder
 * @param path     its path (the folder resolved with {@code relative})
 * @param values   the value of each column ({@link SearchResult#columns()}, in that order): all values joined by
 *                 backslash, {@code ""} when the element is absent
 */
public record SearchMatch(Path relative, Path path, Map<String, String> values) {
    public SearchMatch {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The relative path with {@code /} between names on every platform, as reports show it. */
    public String file() {
        return relative.toString().replace('\\', '/');
    }
}
