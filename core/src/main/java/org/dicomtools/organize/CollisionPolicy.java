// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

/**
 * What to do when a destination name is already taken, by an earlier run or by an earlier file of this run.
 * Suffixed names are {@code stem_1.ext}, {@code stem_2.ext}, …, the first free one.
 */
public enum CollisionPolicy {
    /**
     * The default. Compare bytes with the file there, then with each suffixed name in turn: identical to one of
     * them → {@link Action#DUPLICATE} (so running again adds nothing); different from all → placed under the first
     * free suffixed name, {@link Action#CONFLICT_RENAMED}.
     */
    COMPARE,
    /** Always keep the new file, under the first free suffixed name, without comparing. */
    SUFFIX,
    /** Leave the existing file; the new one is {@link Action#SKIPPED_COLLISION} (and stays in place when moving). */
    SKIP,
    /**
     * Replace the existing file atomically ({@link Action#OVERWRITTEN}). A file placed earlier in the same run is
     * never replaced (with {@code --move} its source is already gone): such a clash is handled as {@link #COMPARE}.
     */
    OVERWRITE
}
