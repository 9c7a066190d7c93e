// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import java.util.Map;
import java.util.Set;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.dict.UidEntry;
import org.dicomtools.dict.UidRegistry;

/**
 * Attribute presence for the modules every composite image IOD has (PS3.3 A.1.4): SOP Common, Patient, General
 * Study, General Series; whether the SOP class is one of the standard; and a few enumerated values (as warnings).
 * Image Pixel is in {@link PixelChecks}.
 */
final class ModuleChecks {
    /** IODs without the Patient, Study and Series modules (PS3.3 A.1.2 vs. their own IOD tables). */
    private static final Set<String> NO_PATIENT_IE = Set.of(
            Uid.MediaStorageDirectoryStorage,
            Uid.HangingProtocolStorage,
            Uid.ColorPaletteStorage,
            Uid.GenericImplantTemplateStorage,
            Uid.ImplantAssemblyTemplateStorage,
            Uid.ImplantTemplateGroupStorage,
            Uid.CTDefinedProcedureProtocolStorage,
            Uid.ProtocolApprovalStorage);

    /** Enumerated values of PS3.3 checked at top level; another value is a warning. */
    private static final Map<Integer, Set<String>> ENUMERATED = Map.of(
            Tag.PatientSex, Set.of("M", "F", "O"), // C.7.1.1
            Tag.BurnedInAnnotation, Set.of("YES", "NO"), // C.7.6.1
            Tag.LossyImageCompression, Set.of("00", "01"), // C.7.6.1.1.5
            Tag.PresentationLUTShape, Set.of("IDENTITY", "INVERSE")); // C.11.6

    private ModuleChecks() {
    }

    static void check(DataSet ds, Findings out) {
        // SOP Common (C.12.1)
        boolean hasClass = Attributes.type1(ds, Tag.SOPClassUID, out);
        Attributes.type1(ds, Tag.SOPInstanceUID, out);
        String sopClass = hasClass ? ds.getString(Tag.SOPClassUID) : null;
        if (sopClass != null) {
            checkSopClass(sopClass, out);
        }
        if (sopClass == null || !NO_PATIENT_IE.contains(sopClass)) {
            // Patient (C.7.1.1): all Type 2.
            Attributes.type2(ds, Tag.PatientName, out);
            Attributes.type2(ds, Tag.PatientID, out);
            Attributes.type2(ds, Tag.PatientBirthDate, out);
            Attributes.type2(ds, Tag.PatientSex, out);
            // General Study (C.7.2.1)
            Attributes.type1(ds, Tag.StudyInstanceUID, out);
            Attributes.type2(ds, Tag.StudyDate, out);
            Attributes.type2(ds, Tag.StudyTime, out);
            Attributes.type2(ds, Tag.ReferringPhysicianName, out);
            Attributes.type2(ds, Tag.StudyID, out);
            Attributes.type2(ds, Tag.AccessionNumber, out);
            // General Series (C.7.3.1)
            Attributes.type1(ds, Tag.Modality, out);
            Attributes.type1(ds, Tag.SeriesInstanceUID, out);
            Attributes.type2(ds, Tag.SeriesNumber, out);
        }
        for (Map.Entry<Integer, Set<String>> e : ENUMERATED.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Integer::compareUnsigned)).toList()) {
            String value = ds.getString(e.getKey());
            if (value != null && !value.isEmpty() && !e.getValue().contains(value)) {
                out.warning(Findings.path(e.getKey()), Findings.name(e.getKey()) + " value '" + value
                        + "' is not one of the enumerated values " + String.join(", ", e.getValue().stream()
                        .sorted().toList()));
            }
        }
    }

    private static void checkSopClass(String uid, Findings out) {
        String path = Findings.path(Tag.SOPClassUID);
        String name = Findings.name(Tag.SOPClassUID);
        UidEntry entry = UidRegistry.standard().lookup(uid);
        if (entry == null) {
            out.warning(path, name + " '" + uid + "' is not a SOP class of the standard (private or unknown)");
        } else if (!entry.type().equals("SOP Class")) {
            out.warning(path, name + " '" + uid + "' is a " + entry.type() + ", not a SOP class");
        } else if (entry.retired()) {
            out.warning(path, name + " '" + uid + "' is retired: " + entry.name());
        } else {
            out.info(path, "SOP class: " + entry.name());
        }
    }
}
