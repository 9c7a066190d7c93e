// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.io.ReadWarning;
import org.dicomtools.sample.CtSeries;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    private static final TransferSyntax EXPLICIT = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
    private static final Path REAL_CT = Path.of("../../shared/data/sample_series/IM-0001-0001.dcm");

    /** A good CT slice, 32×32 to keep it small. */
    private static DataSet good() {
        return CtSeries.build(1, 32).get(0);
    }

    private static DicomFile file(DataSet ds) {
        return DicomFile.of(FileMeta.create(null, ds, EXPLICIT), ds, EXPLICIT);
    }

    private static ValidationReport validate(DataSet ds) {
        return Validator.validate(file(ds));
    }

    private static List<String> errors(DataSet ds) {
        return validate(ds).errors().stream().map(Finding::message).toList();
    }

    @Test
    void goodDataHasNoErrorsOrWarnings() {
        ValidationReport report = validate(good());
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.infos()).extracting(Finding::message)
                .contains("transfer syntax: Explicit VR Little Endian", "SOP class: CT Image Storage");
    }

    @Test
    void uidWithALeadingZeroInAComponent() {
        DataSet ds = good();
        ds.setString(Tag.StudyInstanceUID, VR.UI, "1.02.3");
        ValidationReport report = validate(ds);
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(f -> {
            assertThat(f.tagPath()).isEqualTo("(0020,000D)");
            assertThat(f.message()).isEqualTo(
                    "(0020,000D) StudyInstanceUID value '1.02.3' has a component with a leading zero (UI)");
        });
    }

    @Test
    void uidSyntax() {
        for (String bad : new String[] {"1..2", "1.2.", ".1.2", "1.2.a", "1.2-3"}) {
            DataSet ds = good();
            ds.setString(Tag.SeriesInstanceUID, VR.UI, bad);
            assertThat(errors(ds)).as(bad).singleElement().asString().startsWith("(0020,000E) SeriesInstanceUID");
        }
        DataSet ds = good();
        ds.setString(Tag.SeriesInstanceUID, VR.UI, "1.0.20.3");
        assertThat(errors(ds)).isEmpty();
    }

    @Test
    void uidLongerThan64() {
        DataSet ds = good();
        String longUid = "1.2." + "3".repeat(61);
        assertThat(longUid).hasSize(65);
        ds.setString(Tag.SOPInstanceUID, VR.UI, longUid);
        List<String> errors = errors(ds);
        assertThat(errors).anyMatch(m -> m.startsWith("(0008,0018) SOPInstanceUID value")
                && m.endsWith("is longer than 64 characters (UI)"));
    }

    @Test
    void impossibleDate() {
        DataSet ds = good();
        ds.setString(Tag.StudyDate, VR.DA, "20241301");
        assertThat(errors(ds)).containsExactly("(0008,0020) StudyDate value '20241301' is not a calendar date (DA)");
        ds.setString(Tag.StudyDate, VR.DA, "20230229");
        assertThat(errors(ds)).hasSize(1);
        ds.setString(Tag.StudyDate, VR.DA, "20240229");
        assertThat(errors(ds)).isEmpty();
        ds.setString(Tag.StudyDate, VR.DA, "2024.02.29");
        ValidationReport report = validate(ds);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).singleElement().extracting(Finding::message).asString().contains("ACR-NEMA");
    }

    @Test
    void timeAndDateTime() {
        DataSet ds = good();
        ds.setString(Tag.StudyTime, VR.TM, "246000");
        assertThat(errors(ds)).singleElement().asString().contains("not a time of day");
        ds.setString(Tag.StudyTime, VR.TM, "10:15:00");
        assertThat(errors(ds)).isEmpty();
        ds.setString(Tag.StudyTime, VR.TM, "1015.5");
        assertThat(errors(ds)).hasSize(1);
        ds.setString(Tag.StudyTime, VR.TM, "101500.123456");
        assertThat(errors(ds)).isEmpty();
        ds.setString(Tag.AcquisitionDateTime, VR.DT, "20240315101500.5+0100");
        assertThat(errors(ds)).isEmpty();
        ds.setString(Tag.AcquisitionDateTime, VR.DT, "20240315101500+1500");
        assertThat(errors(ds)).singleElement().asString().contains("UTC offset");
        ds.setString(Tag.AcquisitionDateTime, VR.DT, "202403151");
        assertThat(errors(ds)).hasSize(1);
    }

    @Test
    void codeStringInLowerCaseOrTooLong() {
        DataSet ds = good();
        ds.setString(Tag.Modality, VR.CS, "ct");
        assertThat(errors(ds)).containsExactly("(0008,0060) Modality value 'ct' may hold only upper-case letters, "
                + "digits, space and underscore (CS)");
        ds.setString(Tag.Modality, VR.CS, "ABCDEFGHIJKLMNOPQ");
        assertThat(errors(ds)).singleElement().asString().endsWith("is longer than 16 characters (CS)");
    }

    @Test
    void ageIntegerAndDecimalStrings() {
        DataSet ds = good();
        ds.setString(Tag.PatientAge, VR.AS, "54Y");
        ds.setString(Tag.SeriesNumber, VR.IS, "99999999999");
        ds.setString(Tag.SliceThickness, VR.DS, "1,5");
        assertThat(errors(ds)).containsExactly(
                "(0010,1010) PatientAge value '54Y' is not an age nnnD, nnnW, nnnM or nnnY (AS)",
                "(0018,0050) SliceThickness value '1,5' is not a decimal number (DS)",
                "(0020,0011) SeriesNumber value '99999999999' is outside -2^31 to 2^31-1 (IS)");
    }

    @Test
    void missingRows() {
        DataSet ds = good();
        ds.remove(Tag.Rows);
        ValidationReport report = validate(ds);
        assertThat(report.errors()).singleElement().satisfies(f -> {
            assertThat(f.tagPath()).isEqualTo("(0028,0010)");
            assertThat(f.message()).isEqualTo("(0028,0010) Rows missing");
        });
    }

    @Test
    void pixelDataTooShortIsAnErrorAndTooLongAWarning() {
        DataSet ds = good();
        byte[] pixels = ds.get(Tag.PixelData).bytes();
        ds.setBytes(Tag.PixelData, VR.OW, java.util.Arrays.copyOf(pixels, pixels.length - 10));
        assertThat(errors(ds)).containsExactly("(7FE0,0010) PixelData is too short: 2038 bytes, 2048 expected "
                + "(32 rows × 32 columns × 1 samples × 16 bits)");

        ds.setBytes(Tag.PixelData, VR.OW, java.util.Arrays.copyOf(pixels, pixels.length + 10));
        ValidationReport report = validate(ds);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).singleElement().extracting(Finding::message).asString()
                .startsWith("(7FE0,0010) PixelData is longer than needed: 2058 bytes, 2048 expected");
    }

    @Test
    void pixelDataSizeRules() {
        DataSet ds = good();
        // 1-bit pixels are packed: 3×3 = 9 bits in 2 bytes.
        ds.setInt(Tag.Rows, VR.US, 3);
        ds.setInt(Tag.Columns, VR.US, 3);
        ds.setInt(Tag.BitsAllocated, VR.US, 1);
        ds.setInt(Tag.BitsStored, VR.US, 1);
        ds.setInt(Tag.HighBit, VR.US, 0);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        ds.setBytes(Tag.PixelData, VR.OB, new byte[2]);
        assertThat(errors(ds)).isEmpty();
        ds.setBytes(Tag.PixelData, VR.OB, new byte[1]);
        assertThat(errors(ds)).hasSize(1);

        // An odd total is padded by one byte: 3×3 8-bit needs 9, the value holds 10.
        ds.setInt(Tag.BitsAllocated, VR.US, 8);
        ds.setInt(Tag.BitsStored, VR.US, 8);
        ds.setInt(Tag.HighBit, VR.US, 7);
        ds.setBytes(Tag.PixelData, VR.OB, new byte[10]);
        assertThat(validate(ds).findings()).noneMatch(f -> f.tagPath().equals("(7FE0,0010)"));

        // YBR_FULL_422: two samples per pixel in native form; 4×2 pixels need 16 bytes.
        ds.setInt(Tag.Rows, VR.US, 2);
        ds.setInt(Tag.Columns, VR.US, 4);
        ds.setInt(Tag.SamplesPerPixel, VR.US, 3);
        ds.setInt(Tag.PlanarConfiguration, VR.US, 0);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "YBR_FULL_422");
        ds.setBytes(Tag.PixelData, VR.OB, new byte[16]);
        assertThat(errors(ds)).isEmpty();

        // Frames multiply.
        ds.setString(Tag.NumberOfFrames, VR.IS, "3");
        assertThat(errors(ds)).singleElement().asString().contains("16 bytes, 48 expected");
    }

    @Test
    void rowsWithTwoValuesBreaksTheMultiplicity() {
        DataSet ds = good();
        ds.setInt(Tag.Rows, VR.US, 32, 32);
        assertThat(errors(ds)).containsExactly("(0028,0010) Rows has 2 values; PS3.6 allows VM 1");
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1);
        assertThat(errors(ds)).contains("(0020,0037) ImageOrientationPatient has 5 values; PS3.6 allows VM 6");
    }

    @Test
    void missingTransferSyntaxInTheMeta() {
        DataSet ds = good();
        DataSet meta = FileMeta.create(null, ds, EXPLICIT);
        meta.remove(Tag.TransferSyntaxUID);
        ValidationReport report = Validator.validate(DicomFile.of(meta, ds, EXPLICIT));
        assertThat(report.errors()).extracting(Finding::message).containsExactly("(0002,0010) TransferSyntaxUID missing");
    }

    @Test
    void metaProblems() {
        DataSet ds = good();
        DataSet meta = FileMeta.create(null, ds, EXPLICIT);
        meta.setString(Tag.TransferSyntaxUID, VR.UI, "1.2.3.4");
        meta.setString(Tag.MediaStorageSOPInstanceUID, VR.UI, "1.2.3.5");
        List<String> errors = Validator.validate(DicomFile.of(meta, ds, EXPLICIT)).errors().stream()
                .map(Finding::message).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).isEqualTo("(0002,0010) TransferSyntaxUID '1.2.3.4' is not a known transfer syntax");
        assertThat(errors.get(1)).startsWith("(0002,0003) MediaStorageSOPInstanceUID '1.2.3.5' differs from "
                + "(0008,0018) SOPInstanceUID");

        ValidationReport noMeta = Validator.validate(DicomFile.of(new DataSet(), ds, EXPLICIT));
        assertThat(noMeta.errors()).extracting(Finding::tagPath).containsExactly("");
    }

    @Test
    void readerRepairsBecomeWarnings() {
        DataSet ds = good();
        DicomFile read = new DicomFile(null, new byte[128], FileMeta.create(null, ds, EXPLICIT), ds, EXPLICIT, -1,
                false, List.of(new ReadWarning(300, "(0008,1110)[0]>(0008,1150)", "odd value length 7 tolerated")));
        ValidationReport report = Validator.validate(read);
        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).singleElement().satisfies(f -> {
            assertThat(f.tagPath()).isEqualTo("(0008,1110)[0]>(0008,1150)");
            assertThat(f.message()).isEqualTo("odd value length 7 tolerated (at byte 300)");
        });
    }

    @Test
    void type1AndType2Attributes() {
        DataSet ds = good();
        ds.setString(Tag.PatientName, VR.PN, "");
        ds.setString(Tag.AccessionNumber, VR.SH, "");
        assertThat(errors(ds)).isEmpty(); // Type 2 present and empty

        ds.remove(Tag.PatientName);
        ds.setString(Tag.SOPInstanceUID, VR.UI, "");
        ds.remove(Tag.Modality);
        assertThat(errors(ds)).contains(
                "(0008,0018) SOPInstanceUID is empty but is Type 1 (a value is required)",
                "(0010,0010) PatientName missing (Type 2: must be present, may be empty)",
                "(0008,0060) Modality missing");
    }

    @Test
    void imagePixelConsistency() {
        DataSet ds = good();
        ds.setInt(Tag.HighBit, VR.US, 11);
        assertThat(errors(ds)).containsExactly("(0028,0102) HighBit is 11; with (0028,0101) BitsStored 16 it must be 15");

        ds = good();
        ds.setInt(Tag.BitsStored, VR.US, 17);
        ds.setInt(Tag.HighBit, VR.US, 16);
        assertThat(errors(ds)).singleElement().asString().startsWith("(0028,0101) BitsStored is 17");

        ds = good();
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "RGB");
        assertThat(errors(ds)).containsExactly("(0028,0002) SamplesPerPixel is 1 but RGB has 3");

        ds = good();
        ds.setInt(Tag.SamplesPerPixel, VR.US, 3);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "RGB");
        assertThat(errors(ds)).containsExactly("(0028,0006) PlanarConfiguration missing");

        ds = good();
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "PALETTE COLOR");
        assertThat(errors(ds)).hasSize(6).allMatch(m -> m.endsWith("missing (required for PALETTE COLOR)"));
    }

    @Test
    void binaryValuesAreWholeUnits() {
        DataSet ds = good();
        ds.setBytes(Tag.PixelPaddingValue, VR.SS, new byte[] {1, 2, 3, 4, 5, 6});
        ds.setBytes(0x00091002, VR.US, new byte[] {1, 2, 3});
        ds.setBytes(Tag.FrameIncrementPointer, VR.AT, new byte[] {0x28, 0, 8, 0, 0x18, 0});
        assertThat(errors(ds)).containsExactly(
                "(0009,1002) has length 3, not a multiple of 2 as US requires",
                "(0028,0009) FrameIncrementPointer has length 6, not a multiple of 4 as AT requires",
                "(0028,0120) PixelPaddingValue has 3 values; PS3.6 allows VM 1");
        ds.setBytes(Tag.FrameIncrementPointer, VR.AT, org.dicomtools.data.Values.encodeTags(Tag.FrameTime,
                Tag.FrameTimeVector));
        assertThat(errors(ds)).hasSize(2);
    }

    @Test
    void nestedValuesAreCheckedWithTheirPath() {
        DataSet ds = good();
        DataSet item = ds.getSequence(Tag.ReferencedStudySequence).get(0);
        item.setString(Tag.ReferencedSOPInstanceUID, VR.UI, "1.2.03");
        ValidationReport report = validate(ds);
        assertThat(report.errors()).singleElement().extracting(Finding::tagPath)
                .isEqualTo("(0008,1110)[0]>(0008,1155)");
    }

    @Test
    void sopClassOutsideTheStandardIsAWarning() {
        DataSet ds = good();
        ds.setString(Tag.SOPClassUID, VR.UI, "1.2.3.4.5");
        ValidationReport report = validate(ds);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(Finding::message)
                .containsExactly("(0008,0016) SOPClassUID '1.2.3.4.5' is not a SOP class of the standard "
                        + "(private or unknown)");
    }

    @Test
    void encapsulatedPixelDataNeedsAFragmentPerFrame() {
        TransferSyntax rle = TransferSyntaxes.forName("rle");
        DataSet ds = good();
        ds.setString(Tag.NumberOfFrames, VR.IS, "2");
        Fragments fragments = new Fragments();
        fragments.add(new byte[64]);
        ds.put(org.dicomtools.data.Element.ofFragments(Tag.PixelData, VR.OB, fragments));
        ValidationReport report = Validator.validate(DicomFile.of(FileMeta.create(null, ds, rle), ds, rle));
        assertThat(report.errors()).extracting(Finding::message).containsExactly(
                "(7FE0,0010) PixelData has 1 fragments for 2 frames; every frame needs at least one (PS3.5 A.4)");

        fragments.add(new byte[64]);
        report = Validator.validate(DicomFile.of(FileMeta.create(null, ds, rle), ds, rle));
        assertThat(report.errors()).isEmpty();

        // Native pixel data under an encapsulated syntax, and fragments under a native one.
        assertThat(validate(ds).errors()).extracting(Finding::message)
                .containsExactly("(7FE0,0010) PixelData is encapsulated but the transfer syntax Explicit VR Little "
                        + "Endian is native");
    }

    @Test
    void realCtSliceValidatesWithoutErrors() {
        Assumptions.assumeTrue(Files.exists(REAL_CT), "sample series not present");
        DicomFile file = DicomReader.read(REAL_CT);
        ValidationReport report = Validator.validate(file);
        assertThat(report.errors()).isEmpty();
        // Its Patient's Sex "0000" is no enumerated value: a warning, not an error.
        assertThat(report.warnings()).extracting(Finding::tagPath).containsExactly("(0010,0040)");

        ValidationReport headerOnly = Validator.validate(DicomReader.read(REAL_CT, ReadOptions.HEADER_ONLY));
        assertThat(headerOnly.errors()).isEmpty();
        assertThat(headerOnly.infos()).extracting(Finding::message)
                .contains("Pixel Data was not read; its size was not checked");
    }
}
