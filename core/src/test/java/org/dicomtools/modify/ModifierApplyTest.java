// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.modify.Change.Action;
import org.junit.jupiter.api.Test;

class ModifierApplyTest {

    private static DataSet dataSet() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3");
        ds.setString(Tag.InstitutionName, VR.LO, "Hôpital Général");
        ds.setString(Tag.PatientName, VR.PN, "DOE^JANE");
        ds.setString(Tag.PatientID, VR.LO, "ID-1");
        ds.setString(Tag.PatientComments, VR.LT, "comment");
        ds.setInt(Tag.Rows, VR.US, 4);
        ds.setInt(Tag.PixelRepresentation, VR.US, 1);
        return ds;
    }

    private static ModifyResult apply(DataSet ds, ModifyOptions options, Modification... m) {
        return Modifier.apply(ds, List.of(m), options);
    }

    private static ModifyResult apply(DataSet ds, Modification... m) {
        return apply(ds, ModifyOptions.DEFAULT, m);
    }

    @Test
    void modifiesAPresentElementAndReportsOldAndNewValues() {
        DataSet ds = dataSet();
        ModifyResult r = apply(ds, Modification.set("PatientName", "X^Y"));
        assertThat(ds.getString(Tag.PatientName)).isEqualTo("X^Y");
        assertThat(r.changes()).containsExactly(new Change("PatientName", Tag.PatientName, "PatientName", VR.PN,
                Action.MODIFIED, "DOE^JANE", "X^Y"));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void addsAnAbsentElementWithItsDictionaryVr() {
        DataSet ds = dataSet();
        ModifyResult r = apply(ds, Modification.set("(0008,0020)", "20240101"), Modification.set("InstanceNumber", "42"),
                Modification.set("Columns", "512"));
        assertThat(ds.get(Tag.StudyDate).vr()).isEqualTo(VR.DA);
        assertThat(ds.getString(Tag.InstanceNumber)).isEqualTo("42");
        assertThat(ds.get(Tag.InstanceNumber).vr()).isEqualTo(VR.IS);
        assertThat(ds.get(Tag.Columns).bytes()).containsExactly(0, 2);
        assertThat(r.changes()).extracting(Change::action).containsOnly(Action.ADDED);
        assertThat(r.changes().get(0).oldValue()).isNull();
    }

    @Test
    void usOrSsFollowsPixelRepresentation() {
        DataSet ds = dataSet();
        apply(ds, Modification.set("SmallestImagePixelValue", "-5"));
        assertThat(ds.get(Tag.SmallestImagePixelValue).vr()).isEqualTo(VR.SS);
        assertThat(ds.getInt(Tag.SmallestImagePixelValue, 0)).isEqualTo(-5);
    }

    @Test
    void anInvalidValueChangesNothingAndNamesKeywordVrAndReason() {
        DataSet ds = dataSet();
        assertThatThrownBy(() -> apply(ds, Modification.set("StudyDate", "20241341")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("StudyDate: '20241341' is not a valid DA (YYYYMMDD): not a calendar date");
        assertThat(ds.contains(Tag.StudyDate)).isFalse();
        assertThatThrownBy(() -> apply(ds, Modification.set("Rows", "70000")))
                .hasMessage("Rows: '70000' is not a valid US: outside 0 to 65535");
        assertThat(ds.getInt(Tag.Rows, 0)).isEqualTo(4);
    }

    @Test
    void createsTheSequenceAndItemsAPathNeeds() {
        DataSet ds = dataSet();
        ModifyResult r = apply(ds, Modification.set("ReferencedStudySequence[0].ReferencedSOPInstanceUID", "1.2.9"));
        Sequence seq = ds.getSequence(Tag.ReferencedStudySequence);
        assertThat(seq.size()).isEqualTo(1);
        assertThat(seq.get(0).getString(Tag.ReferencedSOPInstanceUID)).isEqualTo("1.2.9");
        assertThat(seq.get(0).parent()).isSameAs(ds);
        assertThat(r.changes()).extracting(Change::path, Change::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ReferencedStudySequence", Action.ADDED),
                org.assertj.core.groups.Tuple.tuple("ReferencedStudySequence[0].ReferencedSOPInstanceUID",
                        Action.ADDED));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void itemsPastTheEndAreAppendedEmptyWithAWarning() {
        DataSet ds = dataSet();
        apply(ds, Modification.set("ReferencedStudySequence[0].ReferencedSOPInstanceUID", "1.2.9"));
        ModifyResult r = apply(ds, Modification.set(
                "ReferencedStudySequence[3].ReferencedSeriesSequence[1].SeriesInstanceUID", "1.2.10"));
        Sequence seq = ds.getSequence(Tag.ReferencedStudySequence);
        assertThat(seq.size()).isEqualTo(4);
        assertThat(seq.get(1).isEmpty()).isTrue();
        DataSet inner = seq.get(3).getSequence(Tag.ReferencedSeriesSequence).get(1);
        assertThat(inner.getString(Tag.SeriesInstanceUID)).isEqualTo("1.2.10");
        assertThat(inner.parent()).isSameAs(seq.get(3));
        assertThat(r.changes()).extracting(Change::path).containsExactly("ReferencedStudySequence",
                "ReferencedStudySequence[3].ReferencedSeriesSequence",
                "ReferencedStudySequence[3].ReferencedSeriesSequence[1].SeriesInstanceUID");
        assertThat(r.changes().get(0).oldValue()).isEqualTo("[Sequence with 1 item(s)]");
        assertThat(r.changes().get(0).newValue()).isEqualTo("[Sequence with 4 item(s)]");
        assertThat(r.warnings()).containsExactly(
                "ReferencedStudySequence: items 1 to 2 added empty to reach item 3",
                "ReferencedStudySequence[3].ReferencedSeriesSequence: item 0 added empty to reach item 1");
    }

    @Test
    void aPathThroughANonSequenceElementIsRefused() {
        DataSet ds = dataSet();
        ds.setString(0x00291010, VR.LO, "x");
        ds.setString(0x00290010, VR.LO, "ACME");
        assertThatThrownBy(() -> apply(ds, Modification.set("(0029,1010)[0].PatientID", "1")))
                .hasMessageContaining("(0029,1010) is not a sequence (VR LO)");
        assertThatThrownBy(() -> apply(ds, Modification.set("ReferencedStudySequence[0]", "1")))
                .hasMessageContaining("ends with an item index");
    }

    @Test
    void emptyValueSetsAnEmptyElement() {
        DataSet ds = dataSet();
        ModifyResult r = apply(ds, Modification.set("PatientName", ""));
        assertThat(ds.get(Tag.PatientName).isEmpty()).isTrue();
        assertThat(r.changes().get(0).newValue()).isEmpty();
    }

    @Test
    void valueMultiplicityOutsideTheDictionaryIsAWarning() {
        DataSet ds = dataSet();
        ModifyResult r = apply(ds, Modification.set("PatientID", "A\\B"));
        assertThat(ds.getStrings(Tag.PatientID)).containsExactly("A", "B");
        assertThat(r.warnings()).containsExactly("PatientID: 2 values where PS3.6 gives VM 1");
    }

    @Test
    void textOutsideTheCharacterSetSwitchesToUtf8AndReencodesExistingText() {
        DataSet ds = dataSet();
        ModifyResult r = apply(ds, Modification.set("PatientName", "Иванов^Иван"));
        assertThat(ds.getString(Tag.SpecificCharacterSet)).isEqualTo("ISO_IR 192");
        assertThat(ds.getString(Tag.PatientName)).isEqualTo("Иванов^Иван");
        assertThat(ds.getString(Tag.InstitutionName)).isEqualTo("Hôpital Général");
        assertThat(ds.get(Tag.InstitutionName).bytes())
                .startsWith("Hôpital Général".getBytes(StandardCharsets.UTF_8));
        assertThat(r.warnings()).singleElement().asString()
                .contains("outside 'ISO_IR 100'", "ISO_IR 192 (UTF-8)");
        assertThat(r.changes()).containsExactly(
                new Change("SpecificCharacterSet", Tag.SpecificCharacterSet, "SpecificCharacterSet", VR.CS,
                        Action.MODIFIED, "ISO_IR 100", "ISO_IR 192"),
                new Change("PatientName", Tag.PatientName, "PatientName", VR.PN, Action.MODIFIED, "DOE^JANE",
                        "Иванов^Иван"));
    }

    @Test
    void textInAnItemSwitchesTheTopLevelWithoutACharacterSet() {
        DataSet ds = new DataSet();
        ds.setString(Tag.PatientName, VR.PN, "DOE^JANE");
        ModifyResult r = apply(ds, Modification.set("ReferencedStudySequence[0].StudyDescription", "Ελληνικά"));
        assertThat(ds.getString(Tag.SpecificCharacterSet)).isEqualTo("ISO_IR 192");
        DataSet item = ds.getSequence(Tag.ReferencedStudySequence).get(0);
        assertThat(item.contains(Tag.SpecificCharacterSet)).isFalse();
        assertThat(item.getString(Tag.StudyDescription)).isEqualTo("Ελληνικά");
        assertThat(r.changes()).extracting(Change::path, Change::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ReferencedStudySequence", Action.ADDED),
                org.assertj.core.groups.Tuple.tuple("SpecificCharacterSet", Action.ADDED),
                org.assertj.core.groups.Tuple.tuple("ReferencedStudySequence[0].StudyDescription", Action.ADDED));
        assertThat(r.warnings()).singleElement().asString().contains("outside the default repertoire");
    }

    @Test
    void latinTextStaysInLatin1() {
        DataSet ds = dataSet();
        ModifyResult r = apply(ds, Modification.set("PatientName", "Müller^Jürgen"));
        assertThat(ds.getString(Tag.SpecificCharacterSet)).isEqualTo("ISO_IR 100");
        assertThat(ds.get(Tag.PatientName).bytes()[1]).isEqualTo((byte) 0xFC);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void settingSpecificCharacterSetReencodesTheText() {
        DataSet ds = dataSet();
        apply(ds, Modification.set("SpecificCharacterSet", "ISO_IR 192"));
        assertThat(ds.get(Tag.InstitutionName).bytes()).startsWith("Hôpital".getBytes(StandardCharsets.UTF_8));
        assertThat(ds.getString(Tag.InstitutionName)).isEqualTo("Hôpital Général");
        ModifyResult r = apply(ds, Modification.set("SpecificCharacterSet", ""));
        assertThat(ds.getString(Tag.SpecificCharacterSet)).isEqualTo("ISO_IR 192");
        assertThat(r.warnings()).singleElement().asString().contains("set to ISO_IR 192 instead");
    }

    @Test
    void deletesPresentElementsAndWarnsForAbsentOnes() {
        DataSet ds = dataSet();
        ModifyResult r = apply(ds, Modification.delete("PatientComments"), Modification.delete("OtherPatientIDs"),
                Modification.delete("ReferencedStudySequence[0].ReferencedSOPInstanceUID"));
        assertThat(ds.contains(Tag.PatientComments)).isFalse();
        assertThat(r.changes()).extracting(Change::action)
                .containsExactly(Action.DELETED, Action.NOT_FOUND, Action.NOT_FOUND);
        assertThat(r.changes().get(0).oldValue()).isEqualTo("comment");
        assertThat(r.warnings()).containsExactly("OtherPatientIDs: not found, nothing deleted",
                "ReferencedStudySequence[0].ReferencedSOPInstanceUID: not found, nothing deleted");
    }

    @Test
    void deletesAnItemAndAnElementInsideOne() {
        DataSet ds = dataSet();
        apply(ds, Modification.set("ReferencedStudySequence[1].ReferencedSOPInstanceUID", "1.2.9"),
                Modification.set("ReferencedStudySequence[1].ReferencedSOPClassUID", "1.2.8"));
        ModifyResult r = apply(ds, Modification.delete("ReferencedStudySequence[1].ReferencedSOPClassUID"),
                Modification.delete("ReferencedStudySequence[0]"));
        Sequence seq = ds.getSequence(Tag.ReferencedStudySequence);
        assertThat(seq.size()).isEqualTo(1);
        assertThat(seq.get(0).getString(Tag.ReferencedSOPInstanceUID)).isEqualTo("1.2.9");
        assertThat(seq.get(0).contains(Tag.ReferencedSOPClassUID)).isFalse();
        assertThat(r.changes()).extracting(Change::path).containsExactly(
                "ReferencedStudySequence[1].ReferencedSOPClassUID", "ReferencedStudySequence[0]");
        assertThat(r.changes().get(1).oldValue()).isEqualTo("[Item with 0 element(s)]");
    }

    @Test
    void fileMetaGroupLengthsAndPixelDataAreRefused() {
        DataSet ds = dataSet();
        ds.setBytes(Tag.PixelData, VR.OW, new byte[32]);
        assertThatThrownBy(() -> apply(ds, Modification.set("TransferSyntaxUID", "1.2.840.10008.1.2")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("(0002,0010) refused: file meta information is written by the writer");
        assertThatThrownBy(() -> apply(ds, Modification.set("(0010,0000)", "4")))
                .hasMessageContaining("group lengths are computed by the writer");
        assertThatThrownBy(() -> apply(ds, Modification.set("PixelData", "")))
                .hasMessageContaining("(7FE0,0010) refused: pixel data");
        assertThatThrownBy(() -> apply(ds, Modification.delete("PixelData"))).hasMessageContaining("refused");
        assertThatThrownBy(() -> apply(ds, Modification.delete("(0002,0003)"))).hasMessageContaining("refused");
        assertThat(ds.get(Tag.PixelData).length()).isEqualTo(32);
    }

    @Test
    void unknownPublicTagsHaveNoVr() {
        assertThatThrownBy(() -> apply(dataSet(), Modification.set("(0008,0003)", "x")))
                .hasMessageContaining("(0008,0003) is not in the data dictionary (PS3.6), so its VR is unknown");
    }
}
