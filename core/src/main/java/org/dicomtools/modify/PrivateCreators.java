// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Tags;
import org.dicomtools.error.InvalidValueException;

/**
 * Private creators and the blocks they reserve (PS3.5 7.8.1): in an odd group gggg, the creator element (gggg,00xx),
 * xx from 0x10 to 0xFF, holds the creator's name and reserves the elements (gggg,xx00) to (gggg,xxFF) of the same
 * data set.
 */
final class PrivateCreators {
    static final int FIRST_BLOCK = 0x10;
    static final int LAST_BLOCK = 0xFF;

    private PrivateCreators() {
    }

    /** The block byte reserved by {@code creator} in {@code group} of {@code ds}, or -1 when it has none there. */
    static int find(DataSet ds, int group, String creator) {
        for (int block = FIRST_BLOCK; block <= LAST_BLOCK; block++) {
            String value = ds.getString(Tags.of(group, block));
            if (value != null && value.strip().equals(creator.strip())) {
                return block;
            }
        }
        return -1;
    }

    /**
     * The lowest free creator slot (gggg,0010) to (gggg,00FF) of {@code group}.
     *
     * @throws InvalidValueException when all 240 are taken
     */
    static int lowestFree(DataSet ds, int group) {
        for (int block = FIRST_BLOCK; block <= LAST_BLOCK; block++) {
            if (!ds.contains(Tags.of(group, block))) {
                return block;
            }
        }
        throw new InvalidValueException(String.format("group %04X has no free private creator slot (0010 to 00FF)",
                group));
    }

    /**
     * Whether a group may hold private elements: odd, and not 0001, 0003, 0005, 0007 or FFFF, which PS3.5 7.8.1
     * excludes.
     */
    static boolean isPrivateGroup(int group) {
        return (group & 1) == 1 && group > 0x0007 && group != 0xFFFF;
    }
}
