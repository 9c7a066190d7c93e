// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.dict.Tag;

/**
 * Functional group macros of enhanced multi-frame objects (PS3.3 C.7.6.16): a macro in the Per-Frame Functional
 * Groups Sequence item of a frame overrides the one in the Shared Functional Groups Sequence.
 */
final class FunctionalGroups {

    /**
     * The first item of a macro sequence found for a frame.
     *
     * @param item  the macro's item, e.g. the Frame VOI LUT Sequence item
     * @param where "frame N" or "shared"
     */
    record Found(DataSet item, String where) {
    }

    private FunctionalGroups() {
    }

    /** The macro {@code macroTag} for frame {@code frameIndex} (0-based), or {@code null} when neither group has it. */
    static Found find(DataSet ds, int frameIndex, int macroTag) {
        Sequence perFrame = ds.getSequence(Tag.PerFrameFunctionalGroupsSequence);
        if (perFrame != null && frameIndex >= 0 && frameIndex < perFrame.size()) {
            DataSet item = first(perFrame.get(frameIndex), macroTag);
            if (item != null) {
                return new Found(item, "frame " + frameIndex);
            }
        }
        Sequence shared = ds.getSequence(Tag.SharedFunctionalGroupsSequence);
        if (shared != null && !shared.isEmpty()) {
            DataSet item = first(shared.get(0), macroTag);
            if (item != null) {
                return new Found(item, "shared");
            }
        }
        return null;
    }

    private static DataSet first(DataSet group, int macroTag) {
        Sequence s = group.getSequence(macroTag);
        return s == null || s.isEmpty() ? null : s.get(0);
    }
}
