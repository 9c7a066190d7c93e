// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.FrameReader;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.ts.TransferSyntaxes;
import org.dicomtools.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classic multi-frame objects: packed single-bit frames, frame-indexed vectors, float pixels, other syntaxes. */
class ClassicMultiFrameTest {
    @TempDir
    Path dir;

    @Test
    void singleBitFramesThatStartInsideAByteAreRepacked() {
        // 5 x 3 = 15 bits a frame: frame 2 starts at bit 15, frame 3 at bit 30, ...
        int frames = 5;
        DataSet ds = Fixtures.classic(Uid.MultiFrameSingleBitSecondaryCaptureImageStorage, frames, 3, 5, 1, 1);
        byte[] packed = new byte[(frames * 15 + 7) / 8 + 1 & ~1];
        long seed = 12345;
        for (int i = 0; i < packed.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            packed[i] = (byte) (seed >>> 56);
        }
        ds.setBytes(Tag.PixelData, VR.OW, packed);
        Path in = dir.resolve("BITS.dcm");
        Fixtures.write(in, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        DicomFile src = DicomReader.read(in);

        SplitResult r = FrameSplitter.standard().split(in, SplitOptions.DEFAULT);
        assertThat(r.outputs()).extracting(SplitFrame::pixels).containsOnly(PixelHandling.REPACKED);
        for (SplitFrame f : r.outputs()) {
            DicomFile back = DicomReader.read(f.path());
            assertThat(FrameReader.read(back, 0).ints()).as("frame " + f.frame())
                    .isEqualTo(FrameReader.read(src, f.frame() - 1).ints());
            byte[] bytes = back.dataSet().get(Tag.PixelData).bytes();
            assertThat(bytes).hasSize(2);
            assertThat(bytes[1] & 0x80).as("the bit past the frame is clear").isZero();
            assertThat(Validator.validate(back).errors()).isEmpty();
        }
    }

    @Test
    void singleBitFramesOfWholeBytesAreCopied() {
        DataSet ds = Fixtures.classic(Uid.MultiFrameSingleBitSecondaryCaptureImageStorage, 2, 4, 4, 1, 1);
        ds.setBytes(Tag.PixelData, VR.OW, new byte[] {1, 2, 3, 4});
        Path in = dir.resolve("BYTES.dcm");
        Fixtures.write(in, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        SplitResult r = FrameSplitter.standard().split(in, SplitOptions.DEFAULT);
        assertThat(r.outputs().get(1).pixels()).isEqualTo(PixelHandling.COPIED);
        assertThat(DicomReader.read(r.outputs().get(1).path()).dataSet().get(Tag.PixelData).bytes())
                .containsExactly(3, 4);
    }

    @Test
    void vectorsNamedByFrameIncrementPointerKeepTheFramesValue() {
        DataSet ds = Fixtures.classic(Uid.MultiFrameGrayscaleByteSecondaryCaptureImageStorage, 4, 2, 2, 1, 8);
        ds.setBytes(Tag.FrameIncrementPointer, VR.AT, Values.encodeTags(Tag.FrameTimeVector, Tag.FrameTime,
                Tag.FrameLabelVector));
        ds.setString(Tag.FrameTimeVector, VR.DS, "0", "33.3", "33.4", "40");
        ds.setString(Tag.FrameTime, VR.DS, "33.3");
        ds.setString(Tag.FrameLabelVector, VR.SH, "A", "B", "C"); // one short: kept, with a warning
        ds.setInt(Tag.RepresentativeFrameNumber, VR.US, 3);
        ds.setInt(Tag.FrameNumbersOfInterest, VR.US, 1, 3);
        ds.setString(Tag.FrameOfInterestDescription, VR.LO, "start", "peak");
        ds.setString(Tag.FrameOfInterestType, VR.CS, "HBEAT", "RWAVE");
        ds.setBytes(Tag.PixelData, VR.OB, new byte[16]);
        Path in = dir.resolve("CINE.dcm");
        Fixtures.write(in, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);

        SplitResult r = FrameSplitter.standard().split(in, new SplitOptions(null, FrameSelection.parse("2-3"),
                null));
        assertThat(r.warnings()).containsExactly("(0018,2002) FrameLabelVector is pointed to by Frame Increment "
                + "Pointer but does not hold 4 values; kept as it is");
        DataSet two = DicomReader.read(r.outputs().get(0).path()).dataSet();
        DataSet three = DicomReader.read(r.outputs().get(1).path()).dataSet();
        assertThat(two.getStrings(Tag.FrameTimeVector)).containsExactly("33.3");
        assertThat(three.getStrings(Tag.FrameTimeVector)).containsExactly("33.4");
        assertThat(three.getStrings(Tag.FrameTime)).containsExactly("33.3");
        assertThat(three.getStrings(Tag.FrameLabelVector)).containsExactly("A", "B", "C");
        assertThat(two.contains(Tag.RepresentativeFrameNumber)).isFalse();
        assertThat(three.getInt(Tag.RepresentativeFrameNumber, -1)).isEqualTo(1);
        assertThat(two.contains(Tag.FrameNumbersOfInterest)).isFalse();
        assertThat(two.contains(Tag.FrameOfInterestDescription)).isFalse();
        assertThat(three.getInt(Tag.FrameNumbersOfInterest, -1)).isEqualTo(1);
        assertThat(three.getStrings(Tag.FrameOfInterestDescription)).containsExactly("peak");
        assertThat(three.getStrings(Tag.FrameOfInterestType)).containsExactly("RWAVE");
        // The source data set is shared by every frame's header and must be left as it was.
        assertThat(ds.getStrings(Tag.FrameTimeVector)).hasSize(4);
    }

    @Test
    void theExtendedOffsetTableIsDropped() {
        DataSet ds = Fixtures.classic(Uid.MultiFrameGrayscaleByteSecondaryCaptureImageStorage, 2, 2, 2, 1, 8);
        ds.setBytes(Tag.ExtendedOffsetTable, VR.OV, new byte[16]);
        ds.setBytes(Tag.ExtendedOffsetTableLengths, VR.OV, new byte[16]);
        ds.setBytes(Tag.PixelData, VR.OB, new byte[8]);
        List<String> warnings = new ArrayList<>();
        DataSet header = FrameHeader.of(ds, "2.25.1234567890", 2, 2, warnings);
        assertThat(header.contains(Tag.ExtendedOffsetTable)).isFalse();
        assertThat(header.contains(Tag.ExtendedOffsetTableLengths)).isFalse();
        assertThat(header.contains(Tag.PixelData)).isFalse();
        assertThat(ds.contains(Tag.ExtendedOffsetTable)).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void floatParametricMapFramesAreCopied() {
        SampleStudy.write(dir.resolve("s"));
        Path pm = dir.resolve("s/pm/PARAMETRIC-MAP.dcm");
        DicomFile src = DicomReader.read(pm);
        SplitResult r = FrameSplitter.standard().split(pm, SplitOptions.DEFAULT);
        assertThat(r.outputs()).hasSize(src.dataSet().getInt(Tag.NumberOfFrames, 0));
        SplitFrame last = r.outputs().get(r.outputs().size() - 1);
        DicomFile back = DicomReader.read(last.path());
        assertThat(back.dataSet().contains(Tag.PixelData)).isFalse();
        assertThat(FrameReader.read(back, 0).doubles()).isEqualTo(FrameReader.read(src, last.frame() - 1).doubles());
        assertThat(Validator.validate(back).errors()).isEmpty();
    }

    @Test
    void bigEndianAndImplicitSourcesStayInTheirSyntax() {
        for (var ts : List.of(TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN, TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN)) {
            DataSet ds = Fixtures.classic(Uid.MultiFrameGrayscaleWordSecondaryCaptureImageStorage, 3, 2, 3, 1, 16);
            byte[] words = new byte[3 * 2 * 3 * 2];
            for (int i = 0; i < words.length; i++) {
                words[i] = (byte) (i * 13);
            }
            ds.setBytes(Tag.PixelData, VR.OW, words);
            Path in = dir.resolve("WORDS-" + ts.shortName() + ".dcm");
            Fixtures.write(in, ds, ts);
            DicomFile src = DicomReader.read(in);
            SplitResult r = FrameSplitter.standard().split(in, SplitOptions.DEFAULT);
            for (SplitFrame f : r.outputs()) {
                DicomFile back = DicomReader.read(f.path());
                assertThat(back.transferSyntax()).isEqualTo(ts);
                assertThat(FrameReader.read(back, 0).ints()).isEqualTo(FrameReader.read(src, f.frame() - 1).ints());
            }
        }
    }
}
