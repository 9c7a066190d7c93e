// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.ts.TransferSyntax;

/** Data sets and byte streams built in code for reader and writer tests. */
final class Fixtures {
    static final Path REAL_SERIES = Path.of("..", "..", "shared", "data", "sample_series").toAbsolutePath().normalize();

    private Fixtures() {
    }

    /** Real data lives beside the repository: ../shared/data from the repo root, i.e. ../../shared from core/. */
    static Path realSeries() {
        Path fromModule = Path.of("").toAbsolutePath().resolve("../../shared/data/sample_series").normalize();
        return Files.isDirectory(fromModule) ? fromModule
                : Path.of("").toAbsolutePath().resolve("../shared/data/sample_series").normalize();
    }

    /** A data set with every non-sequence VR, nested sequences, a private block and native pixel data. */
    static DataSet rich() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setString(Tag.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.1234567890");
        ds.setString(Tag.StudyDate, VR.DA, "20240131");
        ds.setString(Tag.AcquisitionDateTime, VR.DT, "20240131123456.789+0100");
        ds.setString(Tag.StudyTime, VR.TM, "123456.5");
        ds.setString(Tag.Modality, VR.CS, "CT");
        ds.setString(Tag.InstitutionName, VR.LO, "Hôpital Général");
        ds.setString(Tag.StationAETitle, VR.AE, "STATION1");
        ds.setString(Tag.ReferringPhysicianName, VR.PN, "Müller^Hans^^Dr.");
        ds.setString(Tag.StudyDescription, VR.LO, "Head");
        ds.setString(Tag.PatientName, VR.PN, "Doe^Jane");
        ds.setString(Tag.PatientID, VR.LO, "ID-1");
        ds.setString(Tag.PatientAge, VR.AS, "042Y");
        ds.setString(Tag.AdditionalPatientHistory, VR.LT, "line one\r\nline two\\with backslash");
        ds.setString(Tag.PatientComments, VR.LT, "odd");
        ds.setString(Tag.ImageComments, VR.LT, "comment");
        ds.setString(Tag.StudyID, VR.SH, "S1");
        ds.setString(Tag.SeriesNumber, VR.IS, "3");
        ds.setString(Tag.ImagePositionPatient, VR.DS, "-124.755859375", "-335.755859375", "30.5");
        ds.setString(Tag.DerivationDescription, VR.ST, "derived");
        ds.setString(Tag.RetrieveURL, VR.UR, "https://example.org/wado?x=1");
        ds.setString(Tag.TextValue, VR.UT, "unlimited text");
        ds.setString(Tag.StrainDescription, VR.UC, "strain");
        ds.setInt(Tag.Rows, VR.US, 4);
        ds.setInt(Tag.Columns, VR.US, 3);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, 12);
        ds.setInt(Tag.HighBit, VR.US, 11);
        ds.setInt(Tag.PixelRepresentation, VR.US, 1);
        ds.setInt(Tag.SmallestImagePixelValue, VR.SS, -1000);
        ds.setInt(Tag.SimpleFrameList, VR.UL, 1, 2, 70000);
        ds.setInt(Tag.RationalNumeratorValue, VR.SL, -5, 7);
        ds.setDouble(Tag.ExaminedBodyThickness, VR.FL, 1.5);
        ds.setDouble(Tag.SpacingBetweenSlices, VR.DS, 1.25);
        ds.setDouble(Tag.FloatingPointValue, VR.FD, Math.PI, -2.5e-300);
        ds.put(Element.ofBytes(Tag.SelectorAttribute, VR.AT, Values.encodeTags(Tag.PatientName, 0x7FE00010)));
        ds.put(Element.ofBytes(Tag.LongCodeValue, VR.UC, Values.encodeStrings(VR.UC, null, "LONGCODE")));
        ds.put(Element.ofBytes(Tag.SelectorSVValue, VR.SV, Values.encodeIntegers(VR.SV, -1L << 40, 5)));
        ds.put(Element.ofBytes(Tag.SelectorUVValue, VR.UV, Values.encodeIntegers(VR.UV, -1L, 7)));
        ds.put(Element.ofBytes(Tag.SelectorOBValue, VR.OB, new byte[] {1, 2, 3, 4}));
        ds.put(Element.ofBytes(Tag.SelectorOWValue, VR.OW, Values.encodeIntegers(VR.US, 0x1234, 0xABCD)));
        ds.put(Element.ofBytes(Tag.SelectorOFValue, VR.OF, Values.encodeNumbers(VR.FL, 1.0, -2.0)));
        ds.put(Element.ofBytes(Tag.SelectorODValue, VR.OD, Values.encodeNumbers(VR.FD, 3.0)));
        ds.put(Element.ofBytes(Tag.SelectorOLValue, VR.OL, Values.encodeIntegers(VR.UL, 0xDEADBEEFL)));
        ds.put(Element.ofBytes(Tag.SelectorOVValue, VR.OV, Values.encodeIntegers(VR.UV, 42)));
        ds.put(Element.ofBytes(0x00091010, VR.UN, new byte[] {9, 8, 7, 6}));
        ds.setString(0x00090010, VR.LO, "ACME 1.0");
        ds.put(Element.ofBytes(0x00091001, VR.LO, Values.encodeStrings(VR.LO, null, "private text")));
        ds.setString(Tag.PatientComments, VR.LT, "");

        DataSet item = DataSet.item(ds);
        item.setString(Tag.CodeValue, VR.SH, "T-A0100");
        item.setString(Tag.CodingSchemeDesignator, VR.SH, "SRT");
        DataSet inner = DataSet.item(item);
        inner.setString(Tag.CodeMeaning, VR.LO, "nested");
        item.newSequence(Tag.ConceptNameCodeSequence).add(inner);
        item.newSequence(Tag.ContentSequence);
        ds.newSequence(Tag.AnatomicRegionSequence).add(item);
        ds.newSequence(Tag.AnatomicRegionSequence).add(DataSet.item(ds));

        byte[] pixels = new byte[4 * 3 * 2];
        for (int i = 0; i < 12; i++) {
            Values.putU16(pixels, i * 2, (i * 341 - 2000) & 0xFFFF);
        }
        ds.put(Element.ofBytes(Tag.PixelData, VR.OW, pixels));
        return ds;
    }

    /** A data set with encapsulated pixel data: an offset table and two fragments, one of odd length. */
    static DataSet encapsulated() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.99");
        ds.setString(Tag.NumberOfFrames, VR.IS, "2");
        Fragments f = new Fragments(Values.encodeIntegers(VR.UL, 0, 12));
        f.add(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        f.add(new byte[] {(byte) 0xFF, (byte) 0xD8, 3});
        ds.put(Element.ofFragments(Tag.PixelData, VR.OB, f));
        return ds;
    }

    static byte[] write(DataSet ds, TransferSyntax ts, WriteOptions options) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DicomWriter.write(out, FileMeta.create(null, ds, ts), ds, ts, options);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DicomFile read(byte[] bytes) {
        return DicomReader.read(new ByteArrayInputStream(bytes), ReadOptions.DEFAULT);
    }
}
