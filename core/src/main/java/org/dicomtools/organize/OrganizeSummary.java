// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts for a run.
 *
 * @param counts     files per action (every action present, zero when none)
 * @param dicomFiles files found to be DICOM instances (whatever then happened to them)
 */
public record OrganizeSummary(Map<Action, Integer> counts, int dicomFiles) {

    public OrganizeSummary {
        EnumMap<Action, Integer> all = new EnumMap<>(Action.class);
        for (Action a : Action.values()) {
            all.put(a, counts.getOrDefault(a, 0));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public int count(Action a) {
        return counts.get(a);
    }

    /** Every file reported. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Files written to the destination: copied, moved, overwritten or kept under a suffixed name. */
    public int placed() {
        return count(Action.COPIED) + count(Action.MOVED) + count(Action.OVERWRITTEN) + count(Action.CONFLICT_RENAMED);
    }

    public int duplicates() {
        return count(Action.DUPLICATE);
    }

    public int conflicts() {
        return count(Action.CONFLICT_RENAMED);
    }

    /** Not DICOM, or left because the name was taken. */
    public int skipped() {
        return count(Action.SKIPPED_NOT_DICOM) + count(Action.SKIPPED_COLLISION);
    }

    public int failed() {
        return count(Action.FAILED);
    }

    /** DICOM files dealt with without failure: placed, duplicate or deliberately skipped. */
    public int succeeded() {
        return placed() + duplicates() + count(Action.SKIPPED_COLLISION);
    }
}
