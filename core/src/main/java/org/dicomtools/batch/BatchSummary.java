// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.nio.file.Path;

/**
 * The end of a run.
 *
 * @param operation the operation's name
 * @param input     the folder walked
 * @param output    the output folder, or {@code null} when the operation writes nothing
 * @param counts    the final counts ({@code walkComplete} is false when the run was cancelled during the walk)
 * @param cancelled whether {@link BatchRunner#cancel()} (or an interrupt) stopped the run before every file was done
 */
public record BatchSummary(String operation, Path input, Path output, BatchProgress counts, boolean cancelled) {
}
