// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;

/** Private elements judged by their block's creator (PS3.5 7.8.1) against the safe list. */
final class PrivateBlocks {
    private PrivateBlocks() {
    }

    /** Whether a private element is on the safe list, by its creator and element byte. */
    static boolean isSafe(DataSet ds, int tag, SafePrivateList list) {
        String creator = ds.getString(Tags.privateCreatorOf(tag));
        return creator != null && list.isSafe(Tags.group(tag), creator, tag & 0xFF);
    }

    /** Whether any element of the block a private creator reserves is safe: then the creator must stay. */
    static boolean anySafe(DataSet ds, int creatorTag, SafePrivateList list) {
        int group = Tags.group(creatorTag);
        int block = Tags.element(creatorTag);
        for (Element e : ds) {
            int t = e.tag();
            if (Tags.group(t) == group && (Tags.element(t) >>> 8) == block && isSafe(ds, t, list)) {
                return true;
            }
        }
        return false;
    }
}
