// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/** Finds places in codestreams for tests that break them on purpose. */
final class J2kCodestreamTestAccess {
    private J2kCodestreamTestAccess() {
    }

    /** Offset of the first SOT marker, walking the main header's marker segments. */
    static int firstSot(byte[] d) {
        int p = 2;
        while (((d[p] & 0xFF) << 8 | (d[p + 1] & 0xFF)) != J2kCodestream.SOT) {
            p += 2 + ((d[p + 2] & 0xFF) << 8 | (d[p + 3] & 0xFF));
        }
        return p;
    }
}
