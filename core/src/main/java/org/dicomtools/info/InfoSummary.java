// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.info;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.UidRegistry;
import org.dicomtools.io.DicomFile;

/**
 * The summary of the seed's {@code info} (backends-reference §2.2): patient, study, series and image sections whose
 * values are strings, "N/A" when absent, preceded by a file section with the transfer syntax and SOP class.
 *
 * @param file    path, size, transfer syntax, SOP class, pixel data presence, frames
 * @param patient name, id, birth_date, sex, age
 * @param study   description, date, time, id, instance_uid
 * @param series  description, number, modality, instance_uid
 * @param image   instance_number, rows, columns, bits_allocated, photometric_interpretation, window_center,
 *                window_width, and the extra keys bits_stored, number_of_frames
 */
public record InfoSummary(Map<String, String> file, Map<String, String> patient, Map<String, String> study,
                          Map<String, String> series, Map<String, String> image) {

    public static final String MISSING = "N/A";

    /** Summarises a file read with at least its header ({@code ReadOptions.HEADER_ONLY} is enough). */
    public static InfoSummary of(DicomFile f, long fileSize) {
        DataSet ds = f.dataSet();
        Map<String, String> file = new LinkedHashMap<>();
        file.put("path", f.source() == null ? MISSING : f.source().toString());
        file.put("size", Long.toString(fileSize));
        file.put("transfer_syntax", f.transferSyntax().uid());
        file.put("transfer_syntax_name", f.transferSyntax().name());
        String sopClass = ds.getString(Tag.SOPClassUID);
        file.put("sop_class_uid", orMissing(sopClass));
        file.put("sop_class_name", sopClass == null ? MISSING : UidRegistry.standard().nameOf(sopClass));
        file.put("has_pixel_data", Boolean.toString(f.pixelDataOffset() >= 0 || ds.contains(Tag.PixelData)));

        Map<String, String> patient = new LinkedHashMap<>();
        patient.put("name", get(ds, Tag.PatientName));
        patient.put("id", get(ds, Tag.PatientID));
        patient.put("birth_date", get(ds, Tag.PatientBirthDate));
        patient.put("sex", get(ds, Tag.PatientSex));
        patient.put("age", get(ds, Tag.PatientAge));

        Map<String, String> study = new LinkedHashMap<>();
        study.put("description", get(ds, Tag.StudyDescription));
        study.put("date", get(ds, Tag.StudyDate));
        study.put("time", get(ds, Tag.StudyTime));
        study.put("id", get(ds, Tag.StudyID));
        study.put("instance_uid", get(ds, Tag.StudyInstanceUID));

        Map<String, String> series = new LinkedHashMap<>();
        series.put("description", get(ds, Tag.SeriesDescription));
        series.put("number", get(ds, Tag.SeriesNumber));
        series.put("modality", get(ds, Tag.Modality));
        series.put("instance_uid", get(ds, Tag.SeriesInstanceUID));

        Map<String, String> image = new LinkedHashMap<>();
        image.put("instance_number", get(ds, Tag.InstanceNumber));
        image.put("rows", get(ds, Tag.Rows));
        image.put("columns", get(ds, Tag.Columns));
        image.put("bits_allocated", get(ds, Tag.BitsAllocated));
        image.put("bits_stored", get(ds, Tag.BitsStored));
        image.put("photometric_interpretation", get(ds, Tag.PhotometricInterpretation));
        image.put("number_of_frames", ds.getString(Tag.NumberOfFrames, "1"));
        image.put("window_center", get(ds, Tag.WindowCenter));
        image.put("window_width", get(ds, Tag.WindowWidth));
        return new InfoSummary(file, patient, study, series, image);
    }

    /** The sections in output order, keyed by name. */
    public Map<String, Map<String, String>> sections() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("patient", patient);
        m.put("study", study);
        m.put("series", series);
        m.put("image", image);
        return m;
    }

    private static String get(DataSet ds, int tag) {
        String s = ds.getString(tag);
        return s == null || s.isEmpty() ? MISSING : s;
    }

    private static String orMissing(String s) {
        return s == null || s.isEmpty() ? MISSING : s;
    }
}
