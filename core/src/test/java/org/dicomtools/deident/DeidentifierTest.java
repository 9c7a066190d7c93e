// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.sample.CtSeries;
import org.junit.jupiter.api.Test;

class DeidentifierTest {
    private static final Deidentifier DEFAULT = new Deidentifier(DeidentifyOptions.DEFAULT);

    private static DataSet withPhi() {
        DataSet ds = CtSeries.build(1, 16).get(0);
        ds.setString(Tag.AcquisitionDateTime, VR.DT, "20240131235959.5+0100");
        ds.setString(Tag.StudyDate, VR.DA, "20240131");
        ds.setString(Tag.SeriesDate, VR.DA, "20240210");
        ds.setString(Tag.StudyTime, VR.TM, "101500");
        ds.setString(Tag.OtherPatientIDs, VR.LO, "MRN-998877");
        ds.setString(0x60004000, VR.LT, "overlay comment naming DOE JANE");
        ds.setString(Tag.ReferencedFrameOfReferenceUID, VR.UI, "1.2.3.4.5.6", "1.2.3.4.5.7");
        DataSet ref = DataSet.item(ds);
        ref.setString(Tag.ReferencedSOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ref.setString(Tag.ReferencedSOPInstanceUID, VR.UI, "1.2.3.999");
        ref.setString(Tag.PatientName, VR.PN, "Nested^Person");
        ds.newSequence(Tag.SourceImageSequence).add(ref);
        return ds;
    }

    @Test
    void patientIdIsTheSeedsHashAndNameIsAnonymous() {
        Pseudonyms p = new Pseudonyms(null, "ANON", false);
        assertThat(p.patientId("XsxuId")).isEqualTo("ANON_6CB4FF338C3D0C46");
        assertThat(p.patientId(null)).isEqualTo("ANON_23759997B3C59884");
        assertThat(p.patientId("TEST-123")).isEqualTo("ANON_015037F3577F2F6E");
        DataSet out = DEFAULT.deidentify(withPhi()).dataSet();
        assertThat(out.getString(Tag.PatientName)).isEqualTo("ANONYMOUS^PATIENT");
        assertThat(out.getString(Tag.PatientID)).startsWith("ANON_").hasSize(21);
    }

    @Test
    void aSecretMakesDifferentUnguessablePseudonyms() {
        Pseudonyms plain = new Pseudonyms(null, "ANON", false);
        Pseudonyms keyed = new Pseudonyms("k3y".getBytes(StandardCharsets.UTF_8), "ANON", false);
        assertThat(keyed.patientId("XsxuId")).isNotEqualTo(plain.patientId("XsxuId")).startsWith("ANON_");
        assertThat(keyed.uid("1.2.3")).isNotEqualTo(plain.uid("1.2.3"));
    }

    @Test
    void uidsAreReplacedConsistentlyAndRegisteredOnesStay() {
        DataSet src = withPhi();
        DataSet a = new Deidentifier(DeidentifyOptions.DEFAULT).deidentify(src).dataSet();
        DataSet b = new Deidentifier(DeidentifyOptions.DEFAULT).deidentify(src).dataSet();
        assertThat(a.getString(Tag.StudyInstanceUID)).isEqualTo(b.getString(Tag.StudyInstanceUID)).startsWith("2.25.")
                .isNotEqualTo(src.getString(Tag.StudyInstanceUID));
        assertThat(a.getString(Tag.SOPClassUID)).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
        String[] frames = a.getStrings(Tag.ReferencedFrameOfReferenceUID);
        assertThat(frames).hasSize(2).allSatisfy(u -> assertThat(u).startsWith("2.25.").hasSizeLessThanOrEqualTo(64));
        DataSet item = a.getSequence(Tag.SourceImageSequence).get(0);
        assertThat(item.getString(Tag.ReferencedSOPClassUID)).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
        assertThat(item.getString(Tag.ReferencedSOPInstanceUID)).isEqualTo(new Pseudonyms(null, "ANON", false)
                .uid("1.2.3.999"));
        assertThat(item.getString(Tag.PatientName, "")).isEmpty(); // Z: emptied, at any depth
    }

    @Test
    void aReferenceMapsToTheSameUidAsTheReferencedObject() {
        DataSet first = withPhi();
        DataSet second = withPhi();
        second.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3.1000");
        second.getSequence(Tag.SourceImageSequence).get(0).setString(Tag.ReferencedSOPInstanceUID, VR.UI,
                first.getString(Tag.SOPInstanceUID));
        String firstNew = DEFAULT.deidentify(first).dataSet().getString(Tag.SOPInstanceUID);
        DataSet secondOut = new Deidentifier(DeidentifyOptions.DEFAULT).deidentify(second).dataSet();
        assertThat(secondOut.getSequence(Tag.SourceImageSequence).get(0).getString(Tag.ReferencedSOPInstanceUID))
                .isEqualTo(firstNew);
    }

    @Test
    void datesMoveForwardByOnePerPatientOffsetAndTimesStay() {
        DataSet src = withPhi();
        DeidentifyResult r = DEFAULT.deidentify(src);
        DataSet out = r.dataSet();
        assertThat(r.dateOffsetDays()).isBetween(1, 365);
        LocalDate study = LocalDate.parse("2024-01-31").plusDays(r.dateOffsetDays());
        assertThat(out.getDate(Tag.StudyDate)).isEqualTo(study);
        assertThat(ChronoUnit.DAYS.between(out.getDate(Tag.StudyDate), out.getDate(Tag.SeriesDate))).isEqualTo(10);
        assertThat(out.getString(Tag.AcquisitionDateTime)).endsWith("235959.5+0100")
                .startsWith(study.toString().replace("-", ""));
        assertThat(out.getString(Tag.StudyTime)).isEqualTo("101500");
        assertThat(out.getString(Tag.LongitudinalTemporalInformationModified)).isEqualTo("MODIFIED");
        assertThat(DEFAULT.deidentify(withPhi()).dateOffsetDays()).isEqualTo(r.dateOffsetDays());
    }

    @Test
    void datesKeepAndRemove() {
        DataSet keep = new Deidentifier(DeidentifyOptions.DEFAULT.withDates(DatesMode.KEEP)).deidentify(withPhi())
                .dataSet();
        assertThat(keep.getString(Tag.StudyDate)).isEqualTo("20240131");
        DataSet removed = new Deidentifier(DeidentifyOptions.DEFAULT.withDates(DatesMode.REMOVE))
                .deidentify(withPhi()).dataSet();
        assertThat(removed.getString(Tag.StudyDate, "")).isEmpty();
        // Acquisition DateTime is X/D in Table E.1-1: a dummy keeps it valid.
        assertThat(removed.getString(Tag.AcquisitionDateTime, "")).isIn("", "19000101000000");
        assertThat(removed.getString(Tag.LongitudinalTemporalInformationModified)).isEqualTo("REMOVED");
    }

    @Test
    void privateElementsAreRemovedUnlessKept() {
        DataSet src = withPhi();
        assertThat(src.contains(0x00091001)).isTrue();
        DataSet out = DEFAULT.deidentify(src).dataSet();
        assertThat(out.elements()).noneMatch(e -> (e.tag() >>> 16 & 1) == 1);
        DataSet kept = new Deidentifier(DeidentifyOptions.DEFAULT.withPrivate(true, false)).deidentify(src).dataSet();
        assertThat(kept.contains(0x00091001)).isTrue();
    }

    @Test
    void safePrivateElementsAloneAreKeptWithTheSafeOption() {
        DataSet src = withPhi();
        src.setString(0x00290010, VR.LO, "SIEMENS CSA HEADER");
        src.setBytes(0x00291010, VR.OB, new byte[] {1, 2, 3, 4});
        DeidentifyResult r = new Deidentifier(DeidentifyOptions.DEFAULT.withPrivate(false, true)).deidentify(src);
        assertThat(r.dataSet().contains(0x00291010)).isTrue();
        assertThat(r.dataSet().contains(0x00290010)).isTrue();
        assertThat(r.dataSet().contains(0x00091001)).isFalse();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("private elements kept"));
    }

    @Test
    void recordsWhatWasDoneAsPs315Asks() {
        DeidentifyResult r = DEFAULT.deidentify(withPhi());
        DataSet out = r.dataSet();
        assertThat(out.getString(Tag.PatientIdentityRemoved)).isEqualTo("YES");
        Sequence codes = out.getSequence(Tag.DeidentificationMethodCodeSequence);
        assertThat(codes.items()).extracting(i -> i.getString(Tag.CodeValue)).contains("113100", "113107");
        assertThat(codes.get(0).getString(Tag.CodingSchemeDesignator)).isEqualTo("DCM");
        assertThat(r.actions()).anyMatch(a -> a.keyword().equals("OtherPatientIDs") && a.action() == Action.REMOVE);
        assertThat(r.actions()).anyMatch(a -> a.tagPath().startsWith("(0008,2112)[0]>"));
        assertThat(out.contains(0x60004000)).isFalse();
    }

    @Test
    void optionsKeepWhatTheySay() {
        DataSet src = withPhi();
        DataSet out = new Deidentifier(DeidentifyOptions.DEFAULT.withOptions(Set.of(
                ProfileOption.RETAIN_INSTITUTION_IDENTITY, ProfileOption.RETAIN_UIDS))).deidentify(src).dataSet();
        assertThat(out.getString(Tag.InstitutionName)).isEqualTo(src.getString(Tag.InstitutionName));
        assertThat(out.getString(Tag.StudyInstanceUID)).isEqualTo(src.getString(Tag.StudyInstanceUID));
    }

    @Test
    void burnedInAnnotationIsFlaggedForUltrasound() {
        DataSet us = withPhi();
        us.setString(Tag.Modality, VR.CS, "US");
        us.remove(Tag.BurnedInAnnotation);
        assertThat(DEFAULT.deidentify(us).warnings()).anyMatch(w -> w.contains("needs review"));
    }
}
