// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import org.dicomtools.data.VR;

/** TEMPORARY STUB: replaced by the generated dictionary (dict branch). */
public final class ElementDictionary {
    private static final ElementDictionary STANDARD = new ElementDictionary();

    public static ElementDictionary standard() {
        return STANDARD;
    }

    public VR vrOf(int tag) {
        if ((tag & 0xFFFF) == 0) {
            return VR.UL;
        }
        if (tag == 0x7FE00010) {
            return VR.OW;
        }
        return VR.UN;
    }

    public DictionaryEntry lookup(int tag) {
        return null;
    }

    public String keywordOf(int tag) {
        return "";
    }

    public int tagOf(String keyword) {
        return -1;
    }
}
