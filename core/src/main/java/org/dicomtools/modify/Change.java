// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import org.dicomtools.data.VR;

/**
 * One change made (or, for {@link Action#NOT_FOUND}, not made) to the data set.
 *
 * @param path     where, each level by keyword or, without one, by tag, e.g.
 *                 {@code ReferencedStudySequence[0].ReferencedSOPInstanceUID} or {@code (0029,1010)}
 * @param tag      the element's tag
 * @param keyword  its PS3.6 keyword, {@code ""} when it has none (private elements)
 * @param vr       its VR, {@code null} when not found
 * @param action   what happened
 * @param oldValue the value before as text, {@code null} when there was none; sequences and binary data summarised
 * @param newValue the value after as text, {@code null} after a delete
 */
public record Change(String path, int tag, String keyword, VR vr, Action action, String oldValue, String newValue) {

    /** What happened at a path. */
    public enum Action { ADDED, MODIFIED, DELETED, NOT_FOUND }
}
