// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;

/**
 * What PS3.15 E.1.1 asks a de-identifier to record: Patient Identity Removed YES, De-identification Method, the
 * De-identification Method Code Sequence with the CID 7050 codes of the profile and each option used, and whether
 * dates were modified (Longitudinal Temporal Information Modified, PS3.3 C.7.1.3).
 */
final class MethodAttributes {
    private MethodAttributes() {
    }

    static boolean isOurs(int tag) {
        return tag == Tag.PatientIdentityRemoved || tag == Tag.DeidentificationMethod
                || tag == Tag.DeidentificationMethodCodeSequence || tag == Tag.LongitudinalTemporalInformationModified;
    }

    static void write(DataSet out, DeidentifyOptions options, Set<ProfileOption> effective) {
        out.setString(Tag.PatientIdentityRemoved, VR.CS, "YES");
        List<String> method = new ArrayList<>();
        method.add("dicom-tools PS3.15 Basic Profile");
        Sequence codes = new Sequence();
        codes.add(code(out, "113100", "Basic Application Confidentiality Profile"));
        for (ProfileOption o : ProfileOption.values()) {
            if (effective.contains(o)) {
                codes.add(code(out, o.codeValue(), o.codeMeaning()));
                method.add(o.codeMeaning().length() <= 64 ? o.codeMeaning() : o.codeMeaning().substring(0, 64));
            }
        }
        if (options.keepPrivate()) {
            method.add("all private elements kept");
        }
        out.setString(Tag.DeidentificationMethod, VR.LO, method.toArray(new String[0]));
        out.put(org.dicomtools.data.Element.ofSequence(Tag.DeidentificationMethodCodeSequence, codes));
        out.setString(Tag.LongitudinalTemporalInformationModified, VR.CS, switch (options.dates()) {
            case SHIFT -> "MODIFIED";
            case KEEP -> "UNMODIFIED";
            case REMOVE -> "REMOVED";
        });
    }

    private static DataSet code(DataSet parent, String value, String meaning) {
        DataSet item = DataSet.item(parent);
        item.setString(Tag.CodeValue, VR.SH, value);
        item.setString(Tag.CodingSchemeDesignator, VR.SH, "DCM");
        item.setString(Tag.CodeMeaning, VR.LO, meaning);
        return item;
    }
}
