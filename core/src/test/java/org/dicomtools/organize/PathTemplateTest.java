// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
    private static final DataSet META = new DataSet();

    private static DataSet ct() {
        DataSet ds = new DataSet();
        ds.setString(Tag.PatientID, VR.LO, "ID-1");
        ds.setString(Tag.PatientName, VR.PN, "Doe^Jane");
        ds.setString(Tag.StudyDate, VR.DA, "20240315");
        ds.setString(Tag.StudyDescription, VR.LO, "Head  CT");
        ds.setString(Tag.SeriesNumber, VR.IS, "7");
        ds.setString(Tag.Modality, VR.CS, "CT");
        ds.setString(Tag.InstanceNumber, VR.IS, "42");
        return ds;
    }

    private static String render(String template, DataSet ds, String file) {
        return String.join("/", PathTemplate.parse(template).render(META, ds, file));
    }

    @Test
    void rendersTheIssueExampleWithPadding() {
        assertThat(render("{PatientID}/{StudyDate}_{StudyDescription}/{SeriesNumber:03}_{Modality}/"
                + "{InstanceNumber:04}.dcm", ct(), "x.dcm"))
                .isEqualTo("ID-1/20240315_Head CT/007_CT/0042.dcm");
    }

    @Test
    void padsIntegersOnlyAndKeepsOtherValuesAsTheyAre() {
        DataSet ds = ct();
        ds.setString(Tag.SeriesNumber, VR.IS, "+12");
        assertThat(render("{SeriesNumber:03}", ds, "f")).isEqualTo("012");
        ds.setString(Tag.SeriesNumber, VR.IS, "-3");
        assertThat(render("{SeriesNumber:03}", ds, "f")).isEqualTo("-003");
        ds.setString(Tag.SeriesNumber, VR.IS, "12345");
        assertThat(render("{SeriesNumber:03}", ds, "f")).isEqualTo("12345");
        ds.setString(Tag.SeriesNumber, VR.IS, "A1");
        assertThat(render("{SeriesNumber:03}", ds, "f")).isEqualTo("A1");
        ds.setInt(Tag.Rows, VR.US, 5);
        assertThat(render("{Rows:04}", ds, "f")).isEqualTo("0005");
    }

    @Test
    void missingValuesUseTheFallbackOrUnknown() {
        DataSet ds = new DataSet();
        ds.setString(Tag.StudyDescription, VR.LO, "");
        assertThat(render("{PatientName}/{StudyDate}_{StudyDescription|Study}/{SeriesNumber:03|0}/{InstanceNumber:04|0}",
                ds, "f")).isEqualTo("Unknown/Unknown_Study/000/0000");
    }

    @Test
    void tagsByNumberAndFileMetaAttributes() {
        DataSet meta = new DataSet();
        meta.setString(Tag.TransferSyntaxUID, VR.UI, "1.2.840.10008.1.2.1");
        assertThat(String.join("/", PathTemplate.parse("{(0010,0020)}/{00100020}/{TransferSyntaxUID}")
                .render(meta, ct(), "f"))).isEqualTo("ID-1/ID-1/1.2.840.10008.1.2.1");
    }

    @Test
    void multipleValuesAreJoinedWithUnderscores() {
        DataSet ds = ct();
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "", "AXIAL");
        ds.setDouble(Tag.PixelSpacing, VR.DS, 0.5, 0.25);
        assertThat(render("{ImageType}/{PixelSpacing}", ds, "f")).isEqualTo("ORIGINAL_PRIMARY_AXIAL/0.5_0.25");
    }

    @Test
    void sourceNamePartsAreAvailable() {
        assertThat(render("{stem}/{InstanceNumber}{ext}/{basename}", ct(), "IM-0001.DCM"))
                .isEqualTo("IM-0001/42.DCM/IM-0001.DCM");
        assertThat(render("{InstanceNumber}{ext}", ct(), "noext")).isEqualTo("42");
        assertThat(render("{basename}", ct(), ".hidden")).isEqualTo("hidden");
    }

    @Test
    void hostileValuesNeverAddLevelsOrLeaveTheTree() {
        DataSet ds = ct();
        ds.setString(Tag.PatientName, VR.PN, "../../x");
        ds.setString(Tag.PatientID, VR.LO, "..");
        ds.setString(Tag.StudyDescription, VR.LO, "CO");
        assertThat(PathTemplate.parse("{PatientName}/{PatientID}/{StudyDescription}N/{Modality}")
                .render(META, ds, "f")).containsExactly("_.._x", "Unknown", "CON_", "CT");
    }

    @Test
    void aLevelMadeOfSeveralLongValuesStaysWithinTheByteLimitAndKeepsItsExtension() {
        DataSet ds = ct();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        ds.setString(Tag.PatientName, VR.PN, "名".repeat(64));
        ds.setString(Tag.StudyDescription, VR.LO, "é".repeat(64));
        String file = PathTemplate.parse("{PatientName}_{StudyDescription}_{PatientName}{ext}").render(META, ds,
                "a.dcm").get(0);
        assertThat(file.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(240);
        assertThat(file).endsWith(".dcm").startsWith("名".repeat(64) + "_");
    }

    @Test
    void rejectsMalformedTemplates() {
        for (String bad : new String[] {"", "{Foo}", "{PatientName", "PatientName}", "a//{PatientID}", "/{PatientID}",
                "{PatientID}/", "{PatientID:3}", "{PatientID:0x}", "../{PatientID}", "{PatientID}/..", "CON/{PatientID}",
                ".{PatientID}", "{PatientID}.", "a\\b/{PatientID}", "a:b/{PatientID}", "{ReferencedImageSequence}",
                "{ext:03}", "{PatientID|a/b}", "{(0010,00ZZ)}", "{}", "a\tb/{PatientID}"}) {
            assertThatThrownBy(() -> PathTemplate.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void theLayoutsAreValidTemplates() {
        for (Layout l : Layout.values()) {
            assertThat(l.template().render(META, ct(), "IM.dcm")).isNotEmpty();
        }
        assertThat(Layout.SERIES.template().render(META, ct(), "IM.dcm"))
                .containsExactly("Doe^Jane", "20240315", "007_Series", "0042.dcm");
    }
}
