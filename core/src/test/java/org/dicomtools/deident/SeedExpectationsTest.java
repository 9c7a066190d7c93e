// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.sample.CtSeries;
import org.junit.jupiter.api.Test;

/**
 * The seed's anonymize tests (backends-reference §3.1), with SPEC §6's deliberate differences: UIDs are valid
 * {@code 2.25.} UIDs rather than {@code 1.2.826.0.1.3680043.8.498.<hex>}, and dates move forward 1-365 days.
 */
class SeedExpectationsTest {
    private static DataSet fixture() {
        DataSet ds = CtSeries.build(1, 16).get(0);
        ds.setString(Tag.PatientAddress, VR.LO, "1 Main Street");
        ds.setString(0x00110010, VR.LO, "ACME");
        ds.setString(0x00111001, VR.LO, "secret");
        ds.setString(Tag.KVP, VR.DS, "120");
        ds.setString(Tag.SliceThickness, VR.DS, "2");
        return ds;
    }

    private static DataSet anonymize(DataSet ds) {
        return new Deidentifier(DeidentifyOptions.DEFAULT).deidentify(ds).dataSet();
    }

    @Test
    void anonymousIdsAreSixteenUpperCaseHexDigitsConsistentAndUnique() {
        Pseudonyms p = new Pseudonyms(null, "ANON", false);
        String id = p.patientId("PATIENT-1").substring(5);
        assertThat(id).hasSize(16).matches("[0-9A-F]{16}");
        assertThat(p.patientId("PATIENT-1")).isEqualTo(p.patientId("PATIENT-1"))
                .isNotEqualTo(p.patientId("PATIENT-2"));
    }

    @Test
    void patientAttributesAreReplacedOrRemoved() {
        DataSet out = anonymize(fixture());
        assertThat(out.getString(Tag.PatientName)).isEqualTo("ANONYMOUS^PATIENT");
        assertThat(out.getString(Tag.PatientID)).startsWith("ANON_").isNotEqualTo("SAMPLE-001");
        assertThat(out.getString(Tag.PatientBirthDate, "")).isEmpty();
        assertThat(out.getString(Tag.PatientAddress, "")).isEmpty();
        assertThat(out.getString(Tag.InstitutionName, "ANONYMIZED")).isEqualTo("ANONYMIZED");
        assertThat(out.contains(0x00111001)).isFalse();
    }

    @Test
    void uidsChangeAndStayTheSameAcrossRuns() {
        DataSet src = fixture();
        DataSet a = anonymize(src);
        DataSet b = anonymize(src);
        for (int tag : new int[] {Tag.StudyInstanceUID, Tag.SeriesInstanceUID, Tag.SOPInstanceUID}) {
            assertThat(a.getString(tag)).isNotEqualTo(src.getString(tag)).startsWith("2.25.")
                    .isEqualTo(b.getString(tag));
        }
        assertThat(a.getString(Tag.StudyDate)).hasSize(8).isNotEqualTo(src.getString(Tag.StudyDate))
                .isEqualTo(b.getString(Tag.StudyDate));
    }

    @Test
    void imageAndTechnicalAttributesArePreserved() {
        DataSet src = fixture();
        DataSet out = anonymize(src);
        for (int tag : new int[] {Tag.Modality, Tag.KVP, Tag.SliceThickness, Tag.Rows, Tag.Columns}) {
            assertThat(out.getString(tag)).isEqualTo(src.getString(tag));
        }
        assertThat(out.get(Tag.PixelData).bytes()).isEqualTo(src.get(Tag.PixelData).bytes());
    }

    @Test
    void missingIdAndDatesAndACustomPrefixWork() {
        DataSet bare = new DataSet();
        bare.setString(Tag.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        DataSet out = new Deidentifier(DeidentifyOptions.DEFAULT.withPrefix("CUSTOM")).deidentify(bare).dataSet();
        assertThat(out.getString(Tag.PatientID)).startsWith("CUSTOM_");
    }
}
