// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

/** Comparing data sets where an exact {@link DataSet#equals} is too strict. */
public final class Comparisons {
    private Comparisons() {
    }

    /**
     * Private elements whose VR differs only because one side reads them as UN, with the same bytes, counted; -1
     * when the data sets differ in any other way. Implicit VR carries no VR, so without a private dictionary a
     * private element written as LO reads back as UN (PS3.5 A.1).
     */
    public static int privateElementsReadAsUn(DataSet a, DataSet b) {
        if (a.size() != b.size()) {
            return -1;
        }
        int count = 0;
        for (int i = 0; i < a.size(); i++) {
            Element x = a.elementAt(i);
            Element y = b.elementAt(i);
            if (x.equals(y)) {
                continue;
            }
            boolean sameBytes = x.tag() == y.tag() && x.hasBytes() && y.hasBytes()
                    && java.util.Arrays.equals(x.bytes(), y.bytes());
            if (sameBytes && Tags.isPrivate(x.tag()) && (x.vr() == VR.UN || y.vr() == VR.UN)) {
                count++;
            } else {
                return -1;
            }
        }
        return count;
    }
}
