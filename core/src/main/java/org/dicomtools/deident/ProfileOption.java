// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

/**
 * The options of the Basic Application Level Confidentiality Profile that are columns of PS3.15 Table E.1-1 (PS3.15
 * E.3), declared in the order of those columns, each with its code of PS3.16 CID 7050 "De-identification Method"
 * (coding scheme DCM) for De-identification Method Code Sequence (0012,0064).
 *
 * <p>The profile itself is {@link #BASIC_PROFILE}. CID 7050 also has Clean Pixel Data Option (113101) and Clean
 * Recognizable Visual Features Option (113102), which concern pixel data and are not columns of the table, so they
 * are not constants here.
 */
public enum ProfileOption {

    /** PS3.15 E.3.10: retain private attributes known to be safe (see {@link SafePrivateList}). */
    RETAIN_SAFE_PRIVATE("113111", "Retain Safe Private Option"),
    /** PS3.15 E.3.9: keep UIDs instead of replacing them. */
    RETAIN_UIDS("113110", "Retain UIDs Option"),
    /** PS3.15 E.3.8: keep what identifies the device (station name, serial numbers, ...). */
    RETAIN_DEVICE_IDENTITY("113109", "Retain Device Identity Option"),
    /** PS3.15 E.3.11: keep what identifies the institution. */
    RETAIN_INSTITUTION_IDENTITY("113112", "Retain Institution Identity Option"),
    /** PS3.15 E.3.7: keep the patient's age, sex, size, weight and the like. */
    RETAIN_PATIENT_CHARACTERISTICS("113108", "Retain Patient Characteristics Option"),
    /** PS3.15 E.3.6: keep dates and times unchanged (Longitudinal Temporal Information Modified = UNMODIFIED). */
    RETAIN_LONG_FULL_DATES("113106", "Retain Longitudinal Temporal Information Full Dates Option"),
    /** PS3.15 E.3.6: modify dates and times so that intervals are kept (Longitudinal Temporal Information Modified = MODIFIED). */
    RETAIN_LONG_MODIFIED_DATES("113107", "Retain Longitudinal Temporal Information Modified Dates Option"),
    /** PS3.15 E.3.5: clean free-text descriptions instead of removing them. */
    CLEAN_DESCRIPTORS("113105", "Clean Descriptors Option"),
    /** PS3.15 E.3.4: clean structured content (SR content, acquisition context) instead of removing it. */
    CLEAN_STRUCTURED_CONTENT("113104", "Clean Structured Content Option"),
    /** PS3.15 E.3.3: clean graphics, overlays and curves instead of removing them. */
    CLEAN_GRAPHICS("113103", "Clean Graphics Option");

    /** A coded concept of CID 7050. */
    public record Code(String codeValue, String codingSchemeDesignator, String codeMeaning) {}

    /** The coding scheme designator of every code of CID 7050. */
    public static final String CODING_SCHEME = "DCM";

    /** The Basic Application Level Confidentiality Profile itself: (113100, DCM, "Basic Application Confidentiality Profile"). */
    public static final Code BASIC_PROFILE = new Code("113100", "DCM", "Basic Application Confidentiality Profile");

    private final Code code;

    ProfileOption(String codeValue, String codeMeaning) {
        this.code = new Code(codeValue, "DCM", codeMeaning);
    }

    /** The code value of CID 7050, e.g. "113110". */
    public String codeValue() {
        return code.codeValue();
    }

    /** The code meaning of CID 7050, e.g. "Retain UIDs Option". */
    public String codeMeaning() {
        return code.codeMeaning();
    }

    /** The coding scheme designator: always {@value #CODING_SCHEME}. */
    public String codingSchemeDesignator() {
        return CODING_SCHEME;
    }

    /** The whole code. */
    public Code code() {
        return code;
    }
}
