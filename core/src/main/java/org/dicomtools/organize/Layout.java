// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

/**
 * The seed's four folder layouts ({@code organize_dicom.py}), written as {@link PathTemplate}s. Missing values
 * become {@code Unknown} unless the template names a fallback, as the seed's {@code or 'Study'} does.
 */
public enum Layout {
    /** {@code PatientName/PatientID/basename}. */
    PATIENT("{PatientName}/{PatientID}/{basename}"),
    /** {@code PatientName/StudyDate_StudyDescription/basename}; no description gives {@code Study}. */
    STUDY("{PatientName}/{StudyDate}_{StudyDescription|Study}/{basename}"),
    /**
     * {@code PatientName/StudyDate/NNN_SeriesDescription/NNNN.ext}: the series number padded to 3 digits (missing
     * counts as 0, a non-integer is kept as is), no description gives {@code Series}; the file named by its
     * instance number padded to 4 digits (missing counts as 0) and the source's extension.
     */
    SERIES("{PatientName}/{StudyDate}/{SeriesNumber:03|0}_{SeriesDescription|Series}/{InstanceNumber:04|0}{ext}"),
    /** {@code Modality/PatientName/basename}. */
    MODALITY("{Modality}/{PatientName}/{basename}");

    private final String template;

    Layout(String template) {
        this.template = template;
    }

    /** The layout as a template. */
    public PathTemplate template() {
        return PathTemplate.parse(template);
    }
}
