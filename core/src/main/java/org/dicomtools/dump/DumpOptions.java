// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dump;

/**
 * How much of a data set to print.
 *
 * @param maxDepth    sequence levels shown below the top level (default 4, the seed's); deeper items are summarised
 * @param maxValueLen characters of a value shown before it is cut with "..." (default 64)
 * @param fileMeta    whether to print the file meta group first (default true)
 */
public record DumpOptions(int maxDepth, int maxValueLen, boolean fileMeta) {
    public static final DumpOptions DEFAULT = new DumpOptions(4, 64, true);
}
