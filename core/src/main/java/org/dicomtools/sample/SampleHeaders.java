// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;

/**
 * The attributes every sample instance shares: SOP Common (PS3.3 C.12.1), Patient (C.7.1.1), General Study
 * (C.7.2.1), General Series (C.7.3.1), General Equipment (C.7.5.1), plus PHI-like values and private elements for the
 * anonymizer to find. One patient, one study; each sample object is its own series.
 */
final class SampleHeaders {
    static final String PATIENT_NAME = "DOE^JANE";
    static final String PATIENT_ID = "SAMPLE-001";
    static final String STUDY_DATE = "20240315";
    static final String STUDY_TIME = "101500";
    static final String STUDY_UID = SampleUids.of("study");
    /** Latin-1 on purpose, so that Specific Character Set ISO_IR 100 matters. */
    static final String INSTITUTION = "Hôpital Général d'Exemple";
    static final String PRIVATE_CREATOR = "DICOMTOOLS SAMPLE";
    static final String SIEMENS_CREATOR = "SIEMENS CT VA0  COAD";

    /** One series of the study. */
    record Series(String key, int number, String modality, String description, String time) {
        String uid() {
            return SampleUids.of("series/" + key);
        }
    }

    private SampleHeaders() {
    }

    /**
     * A new data set with the shared modules filled in for one instance; the caller adds the IOD's own modules and
     * the pixels.
     */
    static DataSet composite(String sopClass, String sopInstance, Series series, int instanceNumber) {
        DataSet ds = new DataSet(96);
        // Set first: the text values below are encoded in it (PS3.5 6.1.2.3).
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");

        // SOP Common
        ds.setString(Tag.SOPClassUID, VR.UI, sopClass);
        ds.setString(Tag.SOPInstanceUID, VR.UI, sopInstance);
        ds.setString(Tag.InstanceCreationDate, VR.DA, STUDY_DATE);
        ds.setString(Tag.InstanceCreationTime, VR.TM, series.time());

        // Patient
        ds.setString(Tag.PatientName, VR.PN, PATIENT_NAME);
        ds.setString(Tag.PatientID, VR.LO, PATIENT_ID);
        ds.setString(Tag.IssuerOfPatientID, VR.LO, "SAMPLE HOSPITAL");
        ds.setString(Tag.PatientBirthDate, VR.DA, "19700101");
        ds.setString(Tag.PatientSex, VR.CS, "F");
        ds.setString(Tag.OtherPatientNames, VR.PN, "SMITH^JANE");
        ds.setString(Tag.PatientAddress, VR.LO, "12 Sample Street, Springfield");
        Sequence otherIds = ds.newSequence(Tag.OtherPatientIDsSequence);
        DataSet otherId = DataSet.item(ds);
        otherId.setString(Tag.PatientID, VR.LO, "OLD-778812");
        otherId.setString(Tag.IssuerOfPatientID, VR.LO, "OTHER CLINIC");
        otherId.setString(Tag.TypeOfPatientID, VR.CS, "TEXT");
        otherIds.add(otherId);

        // General Study (and Patient Study)
        ds.setString(Tag.StudyInstanceUID, VR.UI, STUDY_UID);
        ds.setString(Tag.StudyDate, VR.DA, STUDY_DATE);
        ds.setString(Tag.StudyTime, VR.TM, STUDY_TIME);
        ds.setString(Tag.ReferringPhysicianName, VR.PN, "SMITH^JOHN^^DR");
        ds.setString(Tag.StudyID, VR.SH, "S0001");
        ds.setString(Tag.AccessionNumber, VR.SH, "ACC-2024-0001");
        ds.setString(Tag.StudyDescription, VR.LO, "SYNTHETIC SAMPLE STUDY");
        ds.setString(Tag.PatientAge, VR.AS, "054Y");
        ds.setString(Tag.PatientWeight, VR.DS, "68");
        Sequence refStudy = ds.newSequence(Tag.ReferencedStudySequence);
        DataSet ref = DataSet.item(ds);
        ref.setString(Tag.ReferencedSOPClassUID, VR.UI, Uid.DetachedStudyManagement);
        ref.setString(Tag.ReferencedSOPInstanceUID, VR.UI, SampleUids.of("referenced-study"));
        refStudy.add(ref);

        // General Series
        ds.setString(Tag.Modality, VR.CS, series.modality());
        ds.setString(Tag.SeriesInstanceUID, VR.UI, series.uid());
        ds.setString(Tag.SeriesNumber, VR.IS, Integer.toString(series.number()));
        ds.setString(Tag.SeriesDate, VR.DA, STUDY_DATE);
        ds.setString(Tag.SeriesTime, VR.TM, series.time());
        ds.setString(Tag.SeriesDescription, VR.LO, series.description());
        ds.setString(Tag.OperatorsName, VR.PN, "OPERATOR^ONE");

        // General Equipment
        ds.setString(Tag.Manufacturer, VR.LO, "DICOMTOOLS");
        ds.setString(Tag.ManufacturerModelName, VR.LO, "SYNTHETIC " + series.modality());
        ds.setString(Tag.InstitutionName, VR.LO, INSTITUTION);
        ds.setString(Tag.InstitutionAddress, VR.ST, "1 Rue de l'Exemple, 69000 Lyon");
        ds.setString(Tag.StationName, VR.SH, "SAMPLE-" + series.modality() + "01");
        ds.setString(Tag.DeviceSerialNumber, VR.LO, "SN-" + series.modality() + "-000123");
        ds.setString(Tag.SoftwareVersions, VR.LO, "dicom-tools sample 1");

        // General Image (the parts every object here has)
        ds.setString(Tag.InstanceNumber, VR.IS, Integer.toString(instanceNumber));
        ds.setString(Tag.ContentDate, VR.DA, STUDY_DATE);
        ds.setString(Tag.ContentTime, VR.TM, series.time());
        ds.setString(Tag.BurnedInAnnotation, VR.CS, "NO");
        ds.setString(Tag.LossyImageCompression, VR.CS, "00");

        addPrivateElements(ds, instanceNumber);
        return ds;
    }

    /** Two private blocks (PS3.5 7.8): our own and a well-known vendor creator, for de-identification tests. */
    private static void addPrivateElements(DataSet ds, int instanceNumber) {
        ds.setString(0x00090010, VR.LO, PRIVATE_CREATOR);
        ds.setString(0x00091001, VR.LO, "Scanned for " + PATIENT_NAME + " at SAMPLE HOSPITAL");
        ds.setInt(0x00091002, VR.US, instanceNumber);
        ds.setString(0x00190010, VR.LO, SIEMENS_CREATOR);
        ds.setString(0x00191001, VR.DS, "12.5");
    }

    /** Little-endian 16-bit words of the samples. */
    static byte[] words(int[] samples) {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            out[2 * i] = (byte) samples[i];
            out[2 * i + 1] = (byte) (samples[i] >>> 8);
        }
        return out;
    }
}
