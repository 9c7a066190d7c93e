// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.junit.jupiter.api.Test;

class CriterionTest {

    private static DataSet sample() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.setString(Tag.PatientName, VR.PN, "SMITH^JOHN^^DR");
        ds.setString(Tag.PatientID, VR.LO, "ID-42");
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setString(Tag.InstitutionName, VR.LO, "Hôpital Général");
        ds.setString(Tag.StudyDate, VR.DA, "20240315");
        ds.setString(Tag.StudyDescription, VR.LO, "");
        ds.setInt(Tag.Rows, VR.US, 512);
        Sequence other = ds.newSequence(Tag.OtherPatientIDsSequence);
        for (String id : new String[] {"OLD-1", "OLD-2"}) {
            DataSet item = DataSet.item(ds);
            item.setString(Tag.PatientID, VR.LO, id);
            other.add(item);
        }
        return ds;
    }

    private static boolean matches(String spec) {
        return Criterion.parse(spec).matches(sample());
    }

    @Test
    void keywordsAndTagNumbersNameTheSameElement() {
        assertThat(matches("PatientID=id-4")).isTrue();
        assertThat(matches("(0010,0020)=ID-42")).isTrue();
        assertThat(matches("0010,0020=ID-42")).isTrue();
        assertThat(matches("00100020=ID-42")).isTrue();
        assertThat(Criterion.parse("(0010,0020)=x").key()).isEqualTo("PatientID");
        assertThat(Criterion.parse("(0009,1001)=x").key()).isEqualTo("(0009,1001)");
    }

    @Test
    void anAbsentElementNeverMatchesEvenAStar() {
        assertThat(matches("AccessionNumber=*")).isFalse();
        assertThat(matches("AccessionNumber=")).isFalse();
        assertThat(matches("StudyDescription=*")).isTrue(); // present but empty
        assertThat(matches("StudyDescription=/^$/")).isTrue();
    }

    @Test
    void aMultiValuedElementMatchesWhenAnyValueDoes() {
        assertThat(matches("ImageType=AXIAL")).isTrue();
        assertThat(matches("ImageType=prim*")).isTrue();
        assertThat(matches("ImageType=/^axial$/")).isTrue();
        assertThat(matches("ImageType=/^ORIGINAL.PRIMARY$/")).isFalse();
        assertThat(matches("ImageType=LOCALIZER")).isFalse();
    }

    @Test
    void personNamesMatchAsStoredOrWithSpacesForCarets() {
        assertThat(matches("PatientName=smith^john")).isTrue();
        assertThat(matches("PatientName=smith john")).isTrue();
        assertThat(matches("PatientName=SMITH JOHN DR")).isTrue();
        assertThat(matches("PatientName=/^smith john dr$/")).isTrue();
        assertThat(matches("PatientName=JOHN SMITH")).isFalse();
        assertThat(Criterion.spaced("Yamada^Tarou=山田^太郎")).isEqualTo("Yamada Tarou 山田 太郎");
        assertThat(Criterion.spaced("^^A^")).isEqualTo("A");
    }

    @Test
    void binaryNumbersAreMatchedAsText() {
        assertThat(matches("Rows=512")).isTrue();
        assertThat(matches("Rows=/^5\\d2$/")).isTrue();
        assertThat(matches("Rows=256")).isFalse();
    }

    @Test
    void valuesAreDecodedWithTheCharacterSet() {
        assertThat(matches("InstitutionName=hôpital g?néral")).isTrue();
    }

    @Test
    void daElementsTakeDateRangesAndStillTakeText() {
        assertThat(Criterion.parse("StudyDate=20240101-").matcher()).isInstanceOf(DateRange.class);
        assertThat(matches("StudyDate=20240101-")).isTrue();
        assertThat(matches("StudyDate=-20231231")).isFalse();
        assertThat(matches("StudyDate=20240315")).isTrue();
        assertThat(matches("StudyDate=2024")).isTrue(); // four digits: a substring, the year
        assertThat(matches("StudyDate=202403*")).isTrue();
        assertThatThrownBy(() -> Criterion.parse("StudyDate=2024-03-15"))
                .hasMessageStartingWith("StudyDate: '2024-03-15' is not a date or date range");
    }

    @Test
    void sequencePathsLookInTheGivenItemOrInAny() {
        assertThat(matches("OtherPatientIDsSequence.PatientID=OLD-2")).isTrue();
        assertThat(matches("OtherPatientIDsSequence[*].PatientID=OLD-2")).isTrue();
        assertThat(matches("OtherPatientIDsSequence[0].PatientID=OLD-2")).isFalse();
        assertThat(matches("OtherPatientIDsSequence[1].PatientID=OLD-2")).isTrue();
        assertThat(matches("OtherPatientIDsSequence[5].PatientID=*")).isFalse();
        assertThat(matches("PatientID.PatientID=*")).isFalse(); // not a sequence
        assertThat(Criterion.parse("(0010,1002)[1].(0010,0020)=x").key())
                .isEqualTo("OtherPatientIDsSequence[1].PatientID");
        assertThat(Criterion.parse("OtherPatientIDsSequence[*].PatientID=x").key())
                .isEqualTo("OtherPatientIDsSequence.PatientID");
        assertThat(Search.display(ElementPath.parse("OtherPatientIDsSequence.PatientID"), sample()))
                .isEqualTo("OLD-1\\OLD-2");
    }

    @Test
    void aSequenceItselfHasNoTextToMatch() {
        assertThat(matches("OtherPatientIDsSequence=*")).isFalse();
    }

    @Test
    void badSpecsSayWhatIsWrongWithoutThePattern() {
        assertThatThrownBy(() -> Criterion.parse("DOE^JANE")).hasMessage("expected Keyword=pattern");
        assertThatThrownBy(() -> Criterion.parse("=DOE")).hasMessage("expected Keyword=pattern");
        assertThatThrownBy(() -> Criterion.parse("PatientNam=DOE"))
                .hasMessage("'PatientNam': unknown keyword 'PatientNam'");
        assertThatThrownBy(() -> Criterion.parse("(0010,00ZZ)=DOE")).hasMessageContaining("is not a tag")
                .message().doesNotContain("DOE");
        assertThatThrownBy(() -> Criterion.parse("PatientName[0]=DOE")).hasMessageContaining("item index");
        assertThatThrownBy(() -> Criterion.parse("PatientName=/DOE(/"))
                .hasMessageStartingWith("PatientName: invalid regular expression").message().doesNotContain("DOE");
    }

    @Test
    void toStringKeepsThePatternOut() {
        assertThat(Criterion.parse("PatientName=DOE^JANE").toString()).doesNotContain("DOE")
                .contains("PatientName");
    }

    @Test
    void wholeValueCriteriaForCodesAndUids() {
        DataSet ds = sample();
        ElementPath id = ElementPath.of(Tag.PatientID);
        assertThat(Criterion.whole(id, "id-42").matches(ds)).isTrue();
        assertThat(Criterion.whole(id, "ID-4").matches(ds)).isFalse();
        assertThat(Criterion.whole(id, "ID-4?").matches(ds)).isTrue();
        assertThat(Criterion.whole(id, "/^id/").matches(ds)).isTrue();
        assertThat(Criterion.whole(id, "I.-42").matches(ds)).isFalse();
    }

    @Test
    void thePatternMayHoldEqualsSigns() {
        Criterion c = Criterion.parse("PatientID=a=b");
        assertThat(c.pattern()).isEqualTo("a=b");
    }
}
