// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;

/** Presence checks by attribute type (PS3.5 7.4): Type 1 present with a value, Type 2 present, maybe empty. */
final class Attributes {
    private Attributes() {
    }

    /** Type 1: reports a missing or empty attribute; returns whether it has a value. */
    static boolean type1(DataSet ds, int tag, Findings out) {
        Element e = ds.get(tag);
        if (e == null) {
            out.error(Findings.path(tag), Findings.name(tag) + " missing");
            return false;
        }
        if (e.isEmpty()) {
            out.error(Findings.path(tag), Findings.name(tag) + " is empty but is Type 1 (a value is required)");
            return false;
        }
        return true;
    }

    /** Type 2: reports a missing attribute (an empty one is fine). */
    static void type2(DataSet ds, int tag, Findings out) {
        if (!ds.contains(tag)) {
            out.error(Findings.path(tag), Findings.name(tag) + " missing (Type 2: must be present, may be empty)");
        }
    }
}
