// SPDX-License-Identifier: Apache-2.0
/**
 * The DICOM JSON model of PS3.18 Annex F.2: {@link org.dicomtools.json.DicomJsonWriter} turns a
 * {@link org.dicomtools.data.DataSet} into JSON and {@link org.dicomtools.json.DicomJsonReader} turns that JSON back
 * into the same data set, element for element and byte for byte for values as DICOM writers produce them.
 *
 * <p>The sections followed: F.2.1 and F.2.2 (one object per data set, keys the eight upper-case hex digits of the tag
 * in ascending order, attribute objects with {@code vr} and at most one of {@code Value}, {@code BulkDataURI},
 * {@code InlineBinary}; PN values as objects of {@code Alphabetic}, {@code Ideographic}, {@code Phonetic}); F.2.3
 * (JSON type per VR: IS, DS, SV and UV as numbers, with JSON strings accepted on reading as F.2.3 allows); F.2.4 (one
 * array entry per value, backslash never inside a value); F.2.5 (empty values as {@code null}, empty items as
 * {@code {}}); F.2.6 ({@code BulkDataURI}, here only the {@code file:} form of {@link org.dicomtools.json.BulkDataUris});
 * F.2.7 ({@code InlineBinary}, the base64 of the little-endian value field).
 *
 * <p>Choices where the standard leaves room or where a lossless round trip needs more than it says:
 * <ul>
 *   <li>Group Length (gggg,0000) elements are written, although F.2.2 leaves them out, so that no element is
 *       lost;</li>
 *   <li>NaN and infinite FL/FD values, which JSON numbers cannot express, are the strings {@code "NaN"},
 *       {@code "Infinity"}, {@code "-Infinity"};</li>
 *   <li>encapsulated Pixel Data is {@code InlineBinary} of its PS3.5 A.4 item stream (Basic Offset Table item,
 *       fragment items, sequence delimiter), recognised on reading by its leading (FFFE,E000) item tag, so the Basic
 *       Offset Table and every fragment come back exactly;</li>
 *   <li>text that the data set's Specific Character Set cannot hold switches the data set to ISO_IR 192 (UTF-8) on
 *       reading, re-encoding what was already read.</li>
 * </ul>
 */
package org.dicomtools.json;
