// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import org.dicomtools.data.VR;
import org.dicomtools.data.Values;

/**
 * Replacement values for action D (PS3.15 E.1.1): a value valid for its VR that carries no information, so that a
 * Type 1 attribute stays present and valid.
 */
final class DummyValues {
    static final String TEXT = "ANONYMIZED";

    private DummyValues() {
    }

    /** The dummy value bytes for a VR (UI is handled by the caller: it gets a consistent new UID). */
    static byte[] of(VR vr) {
        return switch (vr) {
            case PN, LO, SH, ST, LT, UT, UC, AE, CS -> Values.encodeStrings(vr, null, TEXT);
            case DA -> Values.encodeStrings(vr, null, "19000101");
            case TM -> Values.encodeStrings(vr, null, "000000");
            case DT -> Values.encodeStrings(vr, null, "19000101000000");
            case AS -> Values.encodeStrings(vr, null, "000Y");
            case IS, DS -> Values.encodeStrings(vr, null, "0");
            case UR -> Values.encodeStrings(vr, null, "urn:anonymized");
            case UI -> Values.encodeStrings(vr, null, "2.25.0");
            default -> new byte[vr.unitSize() == 1 ? 2 : vr.unitSize()]; // one zero value (even length)
        };
    }
}
