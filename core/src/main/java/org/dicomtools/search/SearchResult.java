// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param matches  the matching files, sorted by relative path (name by name)
 * @param columns  the keys of {@link SearchMatch#values()}: the criteria' keys, then the requested columns, each once
 * @param scanned  regular files seen
 * @param searched files read as DICOM and tested
 * @param skipped  files not searched: not DICOM, or unreadable ({@code scanned - searched})
 */
public record SearchResult(List<SearchMatch> matches, List<String> columns, int scanned, int searched, int skipped) {
    public SearchResult {
        matches = List.copyOf(matches);
        columns = List.copyOf(columns);
    }
}
