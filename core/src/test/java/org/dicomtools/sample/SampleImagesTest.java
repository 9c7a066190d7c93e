// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.Frame;
import org.dicomtools.pixel.FrameReader;
import org.dicomtools.validate.ValidationReport;
import org.dicomtools.validate.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples added for the pixel pipeline: exact values at fixed places, and a clean validation. */
class SampleImagesTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeOnce() {
        SampleStudy.write(dir, 1, 16);
    }

    private static DicomFile read(String relative) {
        DicomFile file = DicomReader.read(dir.resolve(relative));
        ValidationReport report = Validator.validate(file);
        assertThat(report.errors()).as(relative).isEmpty();
        assertThat(report.warnings()).as(relative).isEmpty();
        return file;
    }

    @Test
    void rgbByPlaneHoldsTheSamePictureAsByPixel() {
        DicomFile planar = read("us/US-RGB-PLANAR.dcm");
        DataSet ds = planar.dataSet();
        assertThat(ds.getInt(Tag.PlanarConfiguration, -1)).isEqualTo(1);
        assertThat(ds.getString(Tag.SOPInstanceUID)).isNotEqualTo(UltrasoundRgb.build().getString(Tag.SOPInstanceUID));
        byte[] p = ds.get(Tag.PixelData).bytes();
        int plane = 64 * 96;
        int at = 63 * 96 + 95; // bottom right: (255, 255, 128)
        assertThat(new int[] {p[at] & 0xFF, p[plane + at] & 0xFF, p[2 * plane + at] & 0xFF})
                .containsExactly(255, 255, 128);
        assertThat(new int[] {p[0] & 0xFF, p[plane] & 0xFF, p[2 * plane] & 0xFF}).containsExactly(0, 0, 128);

        Frame byPlane = FrameReader.read(planar, 0);
        Frame byPixel = FrameReader.read(read("us/US-RGB.dcm"), 0);
        assertThat(byPlane.ints()).containsExactly(byPixel.ints());
        assertThat(byPlane.sample(10, 10, 0)).isEqualTo(255); // white rectangle
        assertThat(byPlane.sample(18, 50, 2)).isEqualTo(0); // yellow triangle has no blue
    }

    @Test
    void ybrFull422HoldsFullRangeLumaAndSharedChroma() {
        DicomFile file = read("us/US-YBR422.dcm");
        DataSet ds = file.dataSet();
        assertThat(ds.getString(Tag.SOPClassUID)).isEqualTo(Uid.UltrasoundImageStorage);
        assertThat(ds.getString(Tag.PhotometricInterpretation)).isEqualTo("YBR_FULL_422");
        assertThat(ds.getInt(Tag.PlanarConfiguration, -1)).isZero();
        assertThat(ds.getInt(Tag.Columns, 0) % 2).isZero();
        byte[] p = ds.get(Tag.PixelData).bytes();
        assertThat(p).hasSize(64 * 96 * 2);
        // Pixels (0,0) and (1,0) are RGB (0,0,128) and (2,0,128): Y = 0.299 R + 0.587 G + 0.114 B -> 14.592 and
        // 15.19; CB = 128 - 0.168736 R - 0.331264 G + 0.5 B -> 192 and 191.66 (mean 191.83);
        // CR = 128 + 0.5 R - 0.418688 G - 0.081312 B -> 117.59 and 118.59 (mean 118.09).
        assertThat(quad(p, 0, 0)).containsExactly(15, 15, 192, 118);
        // (80,40) and (81,40): (214,161,128) and (217,161,128).
        assertThat(quad(p, 40, 80)).containsExactly(173, 174, 102, 158);
        assertThat(quad(p, 10, 10)).containsExactly(255, 255, 128, 128); // white
        assertThat(quad(p, 32, 60)).containsExactly(0, 0, 128, 128); // black cyst

        Frame f = FrameReader.read(file, 0);
        assertThat(f.photometric()).isEqualTo("YBR_FULL");
        assertThat(new double[] {f.sample(81, 40, 0), f.sample(81, 40, 1), f.sample(81, 40, 2)})
                .containsExactly(174, 102, 158);
    }

    @Test
    void sigmoidXrayHasAWindowInsteadOfTheLut() {
        DataSet ds = read("dx/DX-SIGMOID.dcm").dataSet();
        DataSet lutFile = read("dx/DX-MONO1.dcm").dataSet();
        assertThat(ds.getString(Tag.VOILUTFunction)).isEqualTo("SIGMOID");
        assertThat(ds.getString(Tag.WindowCenter)).isEqualTo("2200");
        assertThat(ds.getString(Tag.WindowWidth)).isEqualTo("2000");
        assertThat(ds.contains(Tag.VOILUTSequence)).isFalse();
        assertThat(ds.getString(Tag.PhotometricInterpretation)).isEqualTo("MONOCHROME1");
        assertThat(ds.getString(Tag.SeriesInstanceUID)).isEqualTo(lutFile.getString(Tag.SeriesInstanceUID));
        assertThat(ds.getString(Tag.InstanceNumber)).isEqualTo("2");
        assertThat(ds.get(Tag.PixelData).bytes()).isEqualTo(lutFile.get(Tag.PixelData).bytes());

        // The other file's LUT is this sigmoid (C.11.2.1.3.1: y = 4095 / (1 + exp(-4 (x - c) / w))), sampled.
        byte[] lut = lutFile.getSequence(Tag.VOILUTSequence).get(0).get(Tag.LUTData).bytes();
        for (int x : new int[] {0, 1000, 2200, 3000, 4095}) {
            long expected = Math.round(4095 / (1 + Math.exp(-4.0 * (x - 2200) / 2000)));
            assertThat(Values.u16(lut, 2 * x)).as("entry %d", x).isEqualTo((int) expected);
        }
        assertThat(Values.u16(lut, 2 * 2200)).isEqualTo(2048);
    }

    @Test
    void segmentedPaletteExpandsToTheDocumentedTables() {
        DataSet ds = read("pal/PALETTE-SEGMENTED.dcm").dataSet();
        assertThat(ds.getString(Tag.PhotometricInterpretation)).isEqualTo("PALETTE COLOR");
        assertThat(ds.getLongs(Tag.GreenPaletteColorLookupTableDescriptor)).containsExactly(256, 0, 16);
        assertThat(ds.contains(Tag.RedPaletteColorLookupTableData)).isFalse();
        assertThat(ds.get(Tag.SegmentedGreenPaletteColorLookupTableData).vr().name()).isEqualTo("OW");

        int[] red = expand(ds.get(Tag.SegmentedRedPaletteColorLookupTableData).bytes());
        int[] green = expand(ds.get(Tag.SegmentedGreenPaletteColorLookupTableData).bytes());
        int[] blue = expand(ds.get(Tag.SegmentedBluePaletteColorLookupTableData).bytes());
        assertThat(red).hasSize(256);
        assertThat(green).hasSize(256);
        assertThat(blue).hasSize(256);
        assertThat(new int[] {red[0], red[100], red[255]}).containsExactly(0, 25700, 65535);
        assertThat(new int[] {green[1], green[63], green[64], green[68], green[127]})
                .containsExactly(1040, 65520, 65535, 16384, 16384);
        assertThat(new int[] {green[128], green[130], green[191], green[200]}).containsExactly(0, 2080, 65520, 65535);
        assertThat(new int[] {blue[0], blue[1], blue[255]}).containsExactly(65535, 65278, 0);
        for (int i = 0; i < 256; i++) {
            assertThat(new int[] {red[i], green[i], blue[i]}).containsExactly(PaletteSegmented.entry(i));
        }

        Frame f = FrameReader.read(read("pal/PALETTE-SEGMENTED.dcm"), 0);
        assertThat(f.sample(37, 0, 0)).isEqualTo(37);
        assertThat(f.sample(37, 20, 0)).isEqualTo(218);
    }

    @Test
    void parametricMapHoldsFloatsWithRealWorldValueMapping() {
        DicomFile file = read("pm/PARAMETRIC-MAP.dcm");
        DataSet ds = file.dataSet();
        assertThat(ds.getString(Tag.SOPClassUID)).isEqualTo("1.2.840.10008.5.1.4.1.1.30");
        assertThat(ds.contains(Tag.PixelData)).isFalse();
        assertThat(ds.get(Tag.FloatPixelData).vr().name()).isEqualTo("OF");
        assertThat(ds.getInt(Tag.BitsAllocated, 0)).isEqualTo(32);
        assertThat(ds.contains(Tag.BitsStored)).isFalse();
        assertThat(ds.getInt(Tag.NumberOfFrames, 0)).isEqualTo(3);
        DataSet shared = ds.getSequence(Tag.SharedFunctionalGroupsSequence).get(0);
        DataSet mapping = shared.getSequence(Tag.RealWorldValueMappingSequence).get(0);
        assertThat(mapping.getDouble(Tag.DoubleFloatRealWorldValueLastValueMapped, 0)).isEqualTo(4000.0);
        assertThat(mapping.getDouble(Tag.RealWorldValueSlope, 0)).isEqualTo(1.0);
        assertThat(mapping.getSequence(Tag.MeasurementUnitsCodeSequence).get(0).getString(Tag.CodeValue))
                .isEqualTo("um2/s");
        assertThat(shared.getSequence(Tag.FrameVOILUTSequence).get(0).getDouble(Tag.WindowWidth, 0))
                .isEqualTo(3000.0);
        assertThat(ds.getSequence(Tag.PerFrameFunctionalGroupsSequence).size()).isEqualTo(3);

        assertThat(FrameReader.frameCount(file)).isEqualTo(3);
        Frame f = FrameReader.read(file, 1);
        assertThat(f.isInteger()).isFalse();
        assertThat(f.bitsStored()).isEqualTo(32);
        assertThat(f.sample(32, 32, 0)).isEqualTo(780.0); // brain, (32 + 32) mod 4 = 0
        assertThat(f.sample(33, 20, 0)).isEqualTo(780.25); // brain, (33 + 20) mod 4 = 1
        assertThat(f.sample(10, 32, 0)).isEqualTo(150.5); // scalp fat, (10 + 32) mod 4 = 2
        assertThat(f.sample(0, 0, 0)).isEqualTo(0.0); // air
        assertThat(f.sample(27, 28, 0)).isEqualTo(3000.75); // ventricle, only in the middle frame
        assertThat(FrameReader.read(file, 0).sample(27, 28, 0)).isEqualTo(780.75);
    }

    private static int[] quad(byte[] p, int row, int column) {
        int at = (row * 96 + column) * 2;
        return new int[] {p[at] & 0xFF, p[at + 1] & 0xFF, p[at + 2] & 0xFF, p[at + 3] & 0xFF};
    }

    /** Expands segmented palette data as PS3.3 C.7.9.2 describes (the indirect offset counts bytes). */
    private static int[] expand(byte[] data) {
        int[] words = new int[data.length / 2];
        for (int i = 0; i < words.length; i++) {
            words[i] = Values.u16(data, 2 * i);
        }
        List<Integer> out = new ArrayList<>();
        expand(words, 0, words.length, Integer.MAX_VALUE, out, true);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int expand(int[] w, int from, int to, int segments, List<Integer> out, boolean indirectAllowed) {
        int i = from;
        for (int s = 0; s < segments && i < to; s++) {
            int opcode = w[i];
            int length = w[i + 1];
            if (opcode == 0) {
                for (int k = 0; k < length; k++) {
                    out.add(w[i + 2 + k]);
                }
                i += 2 + length;
            } else if (opcode == 1) {
                int y0 = out.get(out.size() - 1);
                int y1 = w[i + 2];
                for (int k = 1; k <= length; k++) {
                    out.add(y0 + (y1 - y0) * k / length);
                }
                i += 3;
            } else {
                assertThat(opcode).isEqualTo(2);
                assertThat(indirectAllowed).isTrue();
                int offset = w[i + 2] | w[i + 3] << 16;
                expand(w, offset / 2, to, length, out, false);
                i += 4;
            }
        }
        return i;
    }
}
