// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.UidRegistry;

/** Replaces every UID of an element that the standard does not register (SOP classes, syntaxes, codes stay). */
final class Uids {
    private Uids() {
    }

    static Element remap(Element e, DataSet out, Pseudonyms pseudonyms) {
        if (!e.hasBytes() || e.isEmpty()) {
            return e;
        }
        String[] values = Values.strings(e.bytes(), VR.UI, null);
        UidRegistry registry = UidRegistry.standard();
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty() && !registry.isRegistered(values[i])) {
                values[i] = pseudonyms.uid(values[i]);
            }
        }
        return Element.ofBytes(e.tag(), VR.UI, Values.encodeStrings(VR.UI, out.specificCharacterSet(), values));
    }
}
