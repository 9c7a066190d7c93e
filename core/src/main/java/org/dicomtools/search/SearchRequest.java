// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.nio.file.Path;
import java.util.List;
import org.dicomtools.dict.Tag;

/**
 * What to search.
 *
 * @param root      the folder to search (a single file is searched alone)
 * @param recursive include sub-folders; default false
 * @param criteria  all must match; at least one
 * @param columns   elements whose values are reported for each match besides the criteria' own; default
 *                  {@link #DEFAULT_COLUMNS}
 * @param jobs      files read in parallel, at least 1; default all cores
 */
public record SearchRequest(Path root, boolean recursive, List<Criterion> criteria, List<ElementPath> columns,
                            int jobs) {
    /** Modality and StudyDate, the columns the seed showed after the criteria. */
    public static final List<ElementPath> DEFAULT_COLUMNS = List.of(ElementPath.of(Tag.Modality),
            ElementPath.of(Tag.StudyDate));

    public SearchRequest {
        criteria = List.copyOf(criteria);
        columns = List.copyOf(columns);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("no search criteria");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    /** A request with the default columns, on all cores. */
    public SearchRequest(Path root, boolean recursive, List<Criterion> criteria) {
        this(root, recursive, criteria, DEFAULT_COLUMNS, Runtime.getRuntime().availableProcessors());
    }
}
