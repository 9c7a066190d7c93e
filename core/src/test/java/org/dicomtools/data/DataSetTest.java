// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dicomtools.dict.Tag;
import org.junit.jupiter.api.Test;

class DataSetTest {

    @Test
    void keepsElementsInUnsignedTagOrderWhateverTheInsertionOrder() {
        DataSet ds = new DataSet(2);
        ds.setString(0xFFFAFFFA, VR.OB, "");
        ds.setString(Tag.PatientName, VR.PN, "A^B");
        ds.setString(0x7FE00010, VR.OB, "");
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.setString(0x00091001, VR.LO, "x");
        assertThat(ds.elements()).extracting(Element::tag)
                .containsExactly(Tag.SpecificCharacterSet, 0x00091001, Tag.PatientName, 0x7FE00010, 0xFFFAFFFA);
    }

    @Test
    void putReplacesAndRemoveDeletes() {
        DataSet ds = new DataSet();
        ds.setString(Tag.PatientID, VR.LO, "one");
        Element old = ds.put(Element.ofBytes(Tag.PatientID, VR.LO, Values.encodeStrings(VR.LO, null, "two")));
        assertThat(Values.string(old.bytes(), VR.LO, null)).isEqualTo("one");
        assertThat(ds.getString(Tag.PatientID)).isEqualTo("two");
        assertThat(ds.remove(Tag.PatientID)).isNotNull();
        assertThat(ds.isEmpty()).isTrue();
        assertThat(ds.remove(Tag.PatientID)).isNull();
    }

    @Test
    void removeIfDropsPrivateElements() {
        DataSet ds = new DataSet();
        ds.setString(0x00090010, VR.LO, "ACME");
        ds.setString(0x00091001, VR.LO, "secret");
        ds.setString(Tag.Modality, VR.CS, "CT");
        assertThat(ds.removeIf(Tags::isPrivate)).isEqualTo(2);
        assertThat(ds.elements()).extracting(Element::tag).containsExactly(Tag.Modality);
    }

    @Test
    void typedAccessSplitsStringsAndParsesNumbersDatesAndNames() {
        DataSet ds = new DataSet();
        ds.setString(Tag.WindowCenter, VR.DS, "35", "700");
        ds.setString(Tag.StudyDate, VR.DA, "20070803");
        ds.setString(Tag.PatientName, VR.PN, "Yamada^Tarou");
        ds.setInt(Tag.Rows, VR.US, 512);
        ds.setString(Tag.InstanceNumber, VR.IS, " 12 ");
        assertThat(ds.getStrings(Tag.WindowCenter)).containsExactly("35", "700");
        assertThat(ds.getDoubles(Tag.WindowCenter)).containsExactly(35.0, 700.0);
        assertThat(ds.getInt(Tag.Rows, -1)).isEqualTo(512);
        assertThat(ds.getString(Tag.Rows)).isEqualTo("512");
        assertThat(ds.getInt(Tag.InstanceNumber, -1)).isEqualTo(12);
        assertThat(ds.getDate(Tag.StudyDate)).isEqualTo(LocalDate.of(2007, 8, 3));
        assertThat(ds.getPersonName(Tag.PatientName).component(PersonName.Group.ALPHABETIC,
                PersonName.Component.GIVEN)).isEqualTo("Tarou");
        assertThat(ds.getInt(Tag.Columns, -1)).isEqualTo(-1);
    }

    @Test
    void itemsInheritTheCharacterSetAndSeeItChange() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        DataSet item = DataSet.item(ds);
        ds.newSequence(Tag.ReferencedStudySequence).add(item);
        assertThat(item.specificCharacterSet().terms()).containsExactly("ISO_IR 100");
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        assertThat(item.specificCharacterSet().terms()).containsExactly("ISO_IR 192");
        item.setString(Tag.PatientName, VR.PN, "Wang^XiaoDong=王^小東");
        assertThat(item.getString(Tag.PatientName)).isEqualTo("Wang^XiaoDong=王^小東");
    }

    @Test
    void decimalStringsFitSixteenCharacters() {
        assertThat(Values.formatDecimalString(0.48828125)).isEqualTo("0.48828125");
        assertThat(Values.formatDecimalString(-1024)).isEqualTo("-1024");
        assertThat(Values.formatDecimalString(Math.PI)).hasSizeLessThanOrEqualTo(16).startsWith("3.14159265358");
        assertThat(Values.formatDecimalString(1.0 / 3e-12).length()).isLessThanOrEqualTo(16);
        assertThat(List.of(Values.formatDecimalString(1e-20))).allSatisfy(s -> assertThat(Double.parseDouble(s))
                .isEqualTo(1e-20));
    }
}
