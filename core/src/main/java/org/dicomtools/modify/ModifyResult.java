// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import java.nio.file.Path;
import java.util.List;

/**
 * What a modification run did.
 *
 * @param input    the file read, {@code null} for an in-memory data set
 * @param output   the file written, or that would have been written by a dry run; {@code null} in memory
 * @param written  whether {@code output} was written
 * @param changes  every change in the order made, including the sequences, items and private creators added on
 *                 the way
 * @param warnings what was done that the caller may not expect: a character set switched to UTF-8, a value
 *                 multiplicity the dictionary does not allow, empty items created, a path not found for deleting,
 *                 repairs made when reading
 */
public record ModifyResult(Path input, Path output, boolean written, List<Change> changes, List<String> warnings) {
    public ModifyResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }
}
