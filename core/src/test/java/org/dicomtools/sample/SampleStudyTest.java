// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.validate.ValidationReport;
import org.dicomtools.validate.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleStudyTest {

    @TempDir
    static Path dir;
    static SampleStudy.Result result;

    @BeforeAll
    static void writeOnce() {
        result = SampleStudy.write(dir.resolve("study"));
    }

    private static DicomFile read(String relative) {
        return DicomReader.read(dir.resolve("study").resolve(relative), ReadOptions.IN_MEMORY);
    }

    @Test
    void writesTheLayoutOfTheSpec() {
        List<SampleStudy.SampleFile> files = result.files();
        assertThat(files).hasSize(29);
        Path root = dir.resolve("study");
        assertThat(files.get(0).path()).isEqualTo(root.resolve("ct/CT-0001.dcm"));
        assertThat(files.get(19).path()).isEqualTo(root.resolve("ct/CT-0020.dcm"));
        assertThat(files.subList(20, 29)).extracting(f -> root.relativize(f.path()).toString().replace('\\', '/'))
                .containsExactly("mr/MR-ENHANCED.dcm", "us/US-RGB.dcm", "dx/DX-MONO1.dcm", "pal/PALETTE.dcm",
                        "us/US-RGB-PLANAR.dcm", "us/US-YBR422.dcm", "dx/DX-SIGMOID.dcm", "pal/PALETTE-SEGMENTED.dcm",
                        "pm/PARAMETRIC-MAP.dcm");
        assertThat(files).extracting(SampleStudy.SampleFile::modality).containsOnly("CT", "MR", "US", "DX", "OT");
        assertThat(files.get(20).frames()).isEqualTo(8);
        assertThat(files.get(28).frames()).isEqualTo(ParametricMap.FRAMES);
        assertThat(files).allSatisfy(f -> assertThat(f.path()).isRegularFile());
    }

    @Test
    void everyFileReadsBackWithoutWarningsAndValidatesWithoutErrors() {
        for (SampleStudy.SampleFile f : result.files()) {
            DicomFile file = DicomReader.read(f.path());
            assertThat(file.warnings()).as(f.description()).isEmpty();
            assertThat(file.hasPreamble()).isTrue();
            ValidationReport report = Validator.validate(file);
            assertThat(report.errors()).as(f.description()).isEmpty();
            assertThat(report.warnings()).as(f.description()).isEmpty();
            assertThat(report.isValid()).isTrue();
        }
    }

    @Test
    void writesTheSameBytesOnEveryRun(@TempDir Path other) throws IOException {
        SampleStudy.Result again = SampleStudy.write(other);
        assertThat(again.files()).hasSameSizeAs(result.files());
        for (int i = 0; i < again.files().size(); i++) {
            assertThat(Files.readAllBytes(again.files().get(i).path()))
                    .as(again.files().get(i).description())
                    .isEqualTo(Files.readAllBytes(result.files().get(i).path()));
        }
    }

    @Test
    void ctSliceHoldsAHeadPhantomInHounsfieldUnits() {
        DataSet ds = read("ct/CT-0007.dcm").dataSet(); // slice index 6 of 20: ventricles, no lesion in the middle
        assertThat(ds.getString(Tag.SOPClassUID)).isEqualTo(Uid.CTImageStorage);
        assertThat(ds.getInt(Tag.Rows, 0)).isEqualTo(128);
        assertThat(ds.getInt(Tag.PixelRepresentation, -1)).isEqualTo(1);
        assertThat(ds.getInt(Tag.BitsStored, 0)).isEqualTo(16);
        assertThat(ds.getDouble(Tag.RescaleIntercept, 0)).isEqualTo(-1024.0);
        assertThat(ds.getString(Tag.RescaleType)).isEqualTo("HU");
        assertThat(ds.getStrings(Tag.WindowCenter)).containsExactly("40", "400");
        assertThat(ds.getStrings(Tag.WindowWidth)).containsExactly("80", "2000");
        assertThat(ds.getStrings(Tag.WindowCenterWidthExplanation)).containsExactly("BRAIN", "BONE");
        assertThat(ds.getStrings(Tag.ImageOrientationPatient)).containsExactly("1", "0", "0", "0", "1", "0");

        byte[] pixels = ds.get(Tag.PixelData).bytes();
        assertThat(pixels).hasSize(128 * 128 * 2);
        assertThat(hu(pixels, 128, 64, 3)).isEqualTo(-1000); // air beside the head
        assertThat(hu(pixels, 128, 64, 64)).isEqualTo(35); // brain at the centre
        assertThat(hu(pixels, 128, 64, 103)).isEqualTo(1000); // skull
        assertThat(hu(pixels, 128, 64, 71)).isEqualTo(10); // right lateral ventricle
        assertThat(hu(pixels, 128, 64, 107)).isEqualTo(-90); // scalp fat
        assertThat(stored(pixels, 128, 0, 0)).isEqualTo(CtSeries.PADDING); // outside the reconstruction circle
        assertThat(ds.getInt(Tag.PixelPaddingValue, 0)).isEqualTo(CtSeries.PADDING);
    }

    @Test
    void ctSlicesDifferAlongTheSeriesAndFitA512Matrix() {
        List<DataSet> series = CtSeries.build(20);
        assertThat(series.get(0).get(Tag.PixelData).bytes()).isNotEqualTo(series.get(19).get(Tag.PixelData).bytes());
        assertThat(series).extracting(d -> d.getString(Tag.SOPInstanceUID)).doesNotHaveDuplicates();
        assertThat(series).extracting(d -> d.getString(Tag.SeriesInstanceUID)).containsOnly(
                series.get(0).getString(Tag.SeriesInstanceUID));
        // The lesions appear in some slices only.
        assertThat(CtSeries.storedValue(10, 20, 128, 86, 83) - 1024).isEqualTo(65);
        assertThat(CtSeries.storedValue(2, 20, 128, 86, 83) - 1024).isNotEqualTo(65);

        DataSet big = CtSeries.build(1, 512).get(0);
        assertThat(big.getInt(Tag.Columns, 0)).isEqualTo(512);
        assertThat(big.get(Tag.PixelData).length()).isEqualTo(512L * 512 * 2);
        assertThat(Validator.validate(big).errors()).isEmpty();
    }

    @Test
    void enhancedMrHasSharedAndPerFrameFunctionalGroups() {
        DicomFile file = read("mr/MR-ENHANCED.dcm");
        DataSet ds = file.dataSet();
        assertThat(ds.getString(Tag.SOPClassUID)).isEqualTo("1.2.840.10008.5.1.4.1.1.4.1");
        assertThat(ds.getInt(Tag.NumberOfFrames, 0)).isEqualTo(8);
        assertThat(ds.getSequence(Tag.SharedFunctionalGroupsSequence).size()).isEqualTo(1);
        DataSet shared = ds.getSequence(Tag.SharedFunctionalGroupsSequence).get(0);
        assertThat(shared.getSequence(Tag.PixelMeasuresSequence).get(0).getStrings(Tag.PixelSpacing)).hasSize(2);
        assertThat(shared.getSequence(Tag.PlaneOrientationSequence).get(0).getStrings(Tag.ImageOrientationPatient))
                .hasSize(6);
        assertThat(shared.getSequence(Tag.PixelValueTransformationSequence).get(0).getString(Tag.RescaleSlope))
                .isEqualTo("1");

        var perFrame = ds.getSequence(Tag.PerFrameFunctionalGroupsSequence);
        assertThat(perFrame.size()).isEqualTo(8);
        for (int f = 0; f < 8; f++) {
            DataSet groups = perFrame.get(f);
            DataSet content = groups.getSequence(Tag.FrameContentSequence).get(0);
            assertThat(content.getLongs(Tag.DimensionIndexValues)).containsExactly(1, f + 1);
            assertThat(content.getInt(Tag.InStackPositionNumber, 0)).isEqualTo(f + 1);
            assertThat(groups.getSequence(Tag.PlanePositionSequence).get(0).getDoubles(Tag.ImagePositionPatient))
                    .hasSize(3);
            assertThat(groups.getSequence(Tag.FrameVOILUTSequence).get(0).getDouble(Tag.WindowWidth, 0))
                    .isEqualTo(1200.0 - 100 * f);
        }
        // Every frame has its own window: no two centres or widths alike.
        assertThat(perFrame.items()).extracting(g -> g.getSequence(Tag.FrameVOILUTSequence).get(0)
                .getString(Tag.WindowCenter)).doesNotHaveDuplicates();
        assertThat(ds.getSequence(Tag.DimensionIndexSequence).size()).isEqualTo(2);

        byte[] pixels = ds.get(Tag.PixelData).bytes();
        assertThat(pixels).hasSize(8 * 64 * 64 * 2);
        int frame = 3 * 64 * 64;
        assertThat(Values.u16(pixels, 2 * (frame + 32 * 64 + 32))).isEqualTo(600); // brain
        assertThat(Values.u16(pixels, 2 * (frame + 32 * 64 + 1))).isEqualTo(0); // air
        assertThat(Values.u16(pixels, 2 * (frame + 32 * 64 + 51))).isEqualTo(60); // skull

        assertThat(EnhancedMr.build(3).getSequence(Tag.PerFrameFunctionalGroupsSequence).size()).isEqualTo(3);
    }

    @Test
    void ultrasoundIsColourByPixelRgb() {
        DataSet ds = read("us/US-RGB.dcm").dataSet();
        assertThat(ds.getString(Tag.PhotometricInterpretation)).isEqualTo("RGB");
        assertThat(ds.getInt(Tag.SamplesPerPixel, 0)).isEqualTo(3);
        assertThat(ds.getInt(Tag.PlanarConfiguration, -1)).isEqualTo(0);
        assertThat(ds.getInt(Tag.Rows, 0)).isEqualTo(64);
        assertThat(ds.getInt(Tag.Columns, 0)).isEqualTo(96);
        assertThat(ds.get(Tag.PixelData).vr().name()).isEqualTo("OB");
        byte[] p = ds.get(Tag.PixelData).bytes();
        assertThat(rgb(p, 96, 0, 0)).containsExactly(0, 0, 128);
        assertThat(rgb(p, 96, 63, 95)).containsExactly(255, 255, 128);
        assertThat(rgb(p, 96, 32, 60)).containsExactly(0, 0, 0); // cyst
        assertThat(rgb(p, 96, 10, 10)).containsExactly(255, 255, 255); // rectangle
    }

    @Test
    void xrayIsMonochrome1WithAVoiLutSequence() {
        DataSet ds = read("dx/DX-MONO1.dcm").dataSet();
        assertThat(ds.getString(Tag.PhotometricInterpretation)).isEqualTo("MONOCHROME1");
        assertThat(ds.getInt(Tag.BitsAllocated, 0)).isEqualTo(16);
        assertThat(ds.getInt(Tag.BitsStored, 0)).isEqualTo(12);
        assertThat(ds.contains(Tag.WindowCenter)).isFalse();
        DataSet lut = ds.getSequence(Tag.VOILUTSequence).get(0);
        assertThat(lut.getLongs(Tag.LUTDescriptor)).containsExactly(4096, 0, 12);
        assertThat(lut.get(Tag.LUTData).vr().name()).isEqualTo("OW");
        assertThat(lut.get(Tag.LUTData).length()).isEqualTo(4096 * 2);
        assertThat(lut.getString(Tag.LUTExplanation)).isNotEmpty();
        long[] table = Values.longs(lut.get(Tag.LUTData).bytes(), lut.get(Tag.LUTData).vr());
        assertThat(table[0]).isLessThan(table[4095]);
        assertThat(java.util.Arrays.stream(table).allMatch(v -> v >= 0 && v < 4096)).isTrue();
        long[] pixels = Values.longs(ds.get(Tag.PixelData).bytes(), ds.get(Tag.PixelData).vr());
        assertThat(java.util.Arrays.stream(pixels).max().orElse(0)).isLessThan(4096);
    }

    @Test
    void paletteColourHasThreeSixteenBitTables() {
        DataSet ds = read("pal/PALETTE.dcm").dataSet();
        assertThat(ds.getString(Tag.PhotometricInterpretation)).isEqualTo("PALETTE COLOR");
        assertThat(ds.getInt(Tag.BitsAllocated, 0)).isEqualTo(8);
        for (int tag : new int[] {Tag.RedPaletteColorLookupTableDescriptor, Tag.GreenPaletteColorLookupTableDescriptor,
            Tag.BluePaletteColorLookupTableDescriptor}) {
            assertThat(ds.getLongs(tag)).containsExactly(256, 0, 16);
        }
        for (int tag : new int[] {Tag.RedPaletteColorLookupTableData, Tag.GreenPaletteColorLookupTableData,
            Tag.BluePaletteColorLookupTableData}) {
            assertThat(ds.get(tag).vr().name()).isEqualTo("OW");
            assertThat(ds.get(tag).length()).isEqualTo(512);
        }
        byte[] red = ds.get(Tag.RedPaletteColorLookupTableData).bytes();
        assertThat(Values.u16(red, 0)).isEqualTo(0);
        assertThat(Values.u16(red, 2 * 255)).isEqualTo(65535);
    }

    @Test
    void carriesPhiAndPrivateElementsToAnonymize() {
        DataSet ds = read("ct/CT-0001.dcm").dataSet();
        assertThat(ds.getString(Tag.SpecificCharacterSet)).isEqualTo("ISO_IR 100");
        assertThat(ds.getString(Tag.PatientName)).isEqualTo("DOE^JANE");
        assertThat(ds.getString(Tag.PatientID)).isEqualTo("SAMPLE-001");
        assertThat(ds.getString(Tag.PatientBirthDate)).isEqualTo("19700101");
        assertThat(ds.getString(Tag.AccessionNumber)).isNotEmpty();
        assertThat(ds.getString(Tag.InstitutionName)).isEqualTo("Hôpital Général d'Exemple");
        assertThat(ds.getString(Tag.ReferringPhysicianName)).isNotEmpty();
        assertThat(ds.getSequence(Tag.ReferencedStudySequence).get(0).getString(Tag.ReferencedSOPInstanceUID))
                .startsWith("2.25.");
        assertThat(ds.getSequence(Tag.OtherPatientIDsSequence).get(0).getString(Tag.PatientID)).isNotEmpty();
        assertThat(ds.getString(0x00090010)).isEqualTo("DICOMTOOLS SAMPLE");
        assertThat(ds.get(0x00091001).vr().name()).isEqualTo("LO");
        assertThat(ds.get(0x00091002).vr().name()).isEqualTo("US");
        assertThat(ds.getString(0x00190010)).isEqualTo("SIEMENS CT VA0  COAD");
        assertThat(ds.contains(0x00191001)).isTrue();
    }

    @Test
    void everyObjectIsInOneStudyWithItsOwnSeries() {
        List<DataSet> all = List.of(CtSeries.build(1).get(0), EnhancedMr.build(2), UltrasoundRgb.build(),
                DxMonochrome1.build(), PaletteColor.build(), PaletteSegmented.build(), ParametricMap.build());
        assertThat(all).extracting(d -> d.getString(Tag.StudyInstanceUID)).containsOnly(SampleHeaders.STUDY_UID);
        assertThat(all).extracting(d -> d.getString(Tag.SeriesInstanceUID)).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(d -> assertThat(Validator.validate(d).errors()).isEmpty());
    }

    private static int stored(byte[] pixels, int columns, int row, int column) {
        return (short) Values.u16(pixels, 2 * (row * columns + column));
    }

    private static int hu(byte[] pixels, int columns, int row, int column) {
        return stored(pixels, columns, row, column) + CtSeries.RESCALE_INTERCEPT;
    }

    private static int[] rgb(byte[] pixels, int columns, int row, int column) {
        int at = 3 * (row * columns + column);
        return new int[] {pixels[at] & 0xFF, pixels[at + 1] & 0xFF, pixels[at + 2] & 0xFF};
    }
}
