// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.error.MalformedDicomException;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.EncapsulatedFrames;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.pixel.FrameReader;
import org.dicomtools.pixel.NativeFrames;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.dicomtools.validate.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encapsulated sources: frames copied in their syntax, or found by their markers and decoded. */
class EncapsulatedSplitTest {
    @TempDir
    static Path dir;
    static Path mr;
    static NativeFrames mrFrames;

    @BeforeAll
    static void writeSample() {
        SampleStudy.write(dir.resolve("s"));
        mr = dir.resolve("s/mr/MR-ENHANCED.dcm");
        mrFrames = NativeFrames.of(DicomReader.read(mr).dataSet());
    }

    private static Path transcoded(String syntax) {
        Path out = dir.resolve("MR-" + syntax + ".dcm");
        if (!out.toFile().exists()) {
            Transcoder.standard().transcode(mr, out, TranscodeOptions.to(TransferSyntaxes.forName(syntax)));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rle", "jpeg-ls", "jpeg-lossless"})
    void framesStayInTheirSyntaxAndDecodeToTheSourceFrames(String syntax) {
        Path source = transcoded(syntax);
        DicomFile src = DicomReader.read(source);
        TransferSyntax ts = TransferSyntaxes.forName(syntax);
        Fragments srcFragments = src.dataSet().get(Tag.PixelData).fragments();
        int[][] map = EncapsulatedFrames.locate(src.dataSet(), srcFragments, 8);
        SplitResult r = FrameSplitter.standard().split(source, new SplitOptions(dir.resolve("out-" + syntax),
                null, null));
        assertThat(r.outputs()).hasSize(8);
        for (SplitFrame f : r.outputs()) {
            assertThat(f.transferSyntax()).isEqualTo(ts);
            assertThat(f.pixels()).isEqualTo(PixelHandling.COPIED);
            DicomFile back = DicomReader.read(f.path());
            assertThat(back.transferSyntax()).isEqualTo(ts);
            Fragments fragments = back.dataSet().get(Tag.PixelData).fragments();
            assertThat(fragments.basicOffsetTable()).isEmpty();
            assertThat(EncapsulatedFrames.join(fragments, allOf(fragments)))
                    .isEqualTo(EncapsulatedFrames.join(srcFragments, map[f.frame() - 1]));
            assertThat(back.dataSet().contains(Tag.ExtendedOffsetTable)).isFalse();
            assertThat(FrameReader.read(back, 0).ints())
                    .isEqualTo(FrameReader.read(DicomReader.read(mr), f.frame() - 1).ints());
            assertThat(Validator.validate(back).errors()).as(f.path().toString()).isEmpty();
        }
    }

    @Test
    void framesTheFileDoesNotLocateAreFoundByTheirMarkersAndDecoded() {
        DicomFile jls = DicomReader.read(transcoded("jpeg-ls"), ReadOptions.IN_MEMORY);
        Path broken = dir.resolve("MR-JLS-ONE-FRAGMENT.dcm");
        Fixtures.write(broken, Fixtures.oneFragment(jls.dataSet()), jls.transferSyntax());
        DicomFile read = DicomReader.read(broken);
        assertThatThrownBy(() -> EncapsulatedFrames.locate(read.dataSet(),
                read.dataSet().get(Tag.PixelData).fragments(), 8)).isInstanceOf(MalformedDicomException.class);

        SplitResult r = FrameSplitter.standard().split(broken, new SplitOptions(dir.resolve("out-broken"),
                FrameSelection.parse("1,5,8"), null));
        assertThat(r.warnings()).singleElement().asString()
                .contains("cannot be located", "decoded to Explicit VR Little Endian");
        for (SplitFrame f : r.outputs()) {
            assertThat(f.pixels()).isEqualTo(PixelHandling.DECODED);
            assertThat(f.transferSyntax()).isEqualTo(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
            DicomFile back = DicomReader.read(f.path());
            assertThat(back.transferSyntax()).isEqualTo(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
            assertThat(back.dataSet().get(Tag.PixelData).bytes()).isEqualTo(mrFrames.frame(f.frame() - 1));
            assertThat(Validator.validate(back).errors()).isEmpty();
        }
    }

    @Test
    void decodedColourTakesThePhotometricInterpretationTheDecoderReports() {
        int frames = 3;
        DataSet rgb = Fixtures.classic(Uid.MultiFrameTrueColorSecondaryCaptureImageStorage, frames, 16, 24, 3, 8);
        byte[] pixels = new byte[frames * 16 * 24 * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7 / 3 + (i % 3) * 60);
        }
        rgb.setBytes(Tag.PixelData, VR.OB, pixels);
        DicomFile jpeg = Transcoder.standard().transcode(DicomFile.of(new DataSet(), rgb,
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN), TranscodeOptions.to(TransferSyntaxes.forName(
                "jpeg-baseline"))).file();
        assertThat(jpeg.dataSet().getString(Tag.PhotometricInterpretation)).isEqualTo("YBR_FULL_422");
        Path broken = dir.resolve("RGB-JPEG-ONE-FRAGMENT.dcm");
        Fixtures.write(broken, Fixtures.oneFragment(jpeg.dataSet()), jpeg.transferSyntax());
        DicomFile src = DicomReader.read(broken);

        SplitResult r = FrameSplitter.standard().split(broken, new SplitOptions(dir.resolve("out-rgb"), null, null));
        assertThat(r.outputs()).hasSize(frames);
        for (SplitFrame f : r.outputs()) {
            assertThat(f.pixels()).isEqualTo(PixelHandling.DECODED);
            DicomFile back = DicomReader.read(f.path());
            DataSet ds = back.dataSet();
            assertThat(ds.getString(Tag.PhotometricInterpretation)).isEqualTo("RGB");
            assertThat(ds.getInt(Tag.PlanarConfiguration, -1)).isZero();
            assertThat(ds.getString(Tag.LossyImageCompression)).isEqualTo("01");
            // The same decoder on the located frame of the well-formed file gives the same samples.
            assertThat(FrameReader.read(back, 0).ints()).isEqualTo(FrameReader.read(
                    DicomFile.of(jpeg.fileMeta(), jpeg.dataSet(), jpeg.transferSyntax()), f.frame() - 1).ints());
            assertThat(Validator.validate(back).errors()).isEmpty();
        }
        assertThat(src.dataSet().getString(Tag.PhotometricInterpretation)).isEqualTo("YBR_FULL_422");
    }

    @Test
    void fragmentsWithoutMarkersOrTablesAreAnErrorAndNothingIsWritten() {
        DicomFile rle = DicomReader.read(transcoded("rle"), ReadOptions.IN_MEMORY);
        Path broken = dir.resolve("MR-RLE-ONE-FRAGMENT.dcm");
        Fixtures.write(broken, Fixtures.oneFragment(rle.dataSet()), rle.transferSyntax());
        Path out = dir.resolve("out-rle-broken");
        assertThatThrownBy(() -> FrameSplitter.standard().split(broken, new SplitOptions(out, null, null)))
                .isInstanceOf(MalformedDicomException.class).hasMessageContaining("cannot be assigned to 8 frames");
        assertThat(out).doesNotExist();
    }

    @Test
    void videoCannotBeSplit() {
        DataSet ds = Fixtures.classic(Uid.VideoEndoscopicImageStorage, 4, 8, 8, 3, 8);
        Fragments f = new Fragments();
        f.add(new byte[] {0, 0, 1, (byte) 0xB3});
        ds.put(Element.ofFragments(Tag.PixelData, VR.OB, f));
        TransferSyntax mpeg2 = TransferSyntaxes.lookup(Uid.MPEG2MPML);
        List<String> warnings = new ArrayList<>();
        assertThatThrownBy(() -> FramePixels.of(DicomFile.of(new DataSet(), ds, mpeg2), CodecRegistry.standard(),
                warnings)).isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessageContaining("holds every frame in one stream");
    }

    @Test
    void nativePixelsUnderAnEncapsulatedSyntaxAreWrittenExplicit() {
        DataSet ds = Fixtures.classic(Uid.MultiFrameGrayscaleByteSecondaryCaptureImageStorage, 2, 4, 4, 1, 8);
        byte[] pixels = new byte[32];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) i;
        }
        ds.setBytes(Tag.PixelData, VR.OB, pixels);
        Path odd = dir.resolve("NATIVE-UNDER-JLS.dcm");
        Fixtures.write(odd, ds, TransferSyntaxes.forName("jpeg-ls"));
        SplitResult r = FrameSplitter.standard().split(odd, new SplitOptions(dir.resolve("out-odd"), null, null));
        assertThat(r.warnings()).anyMatch(w -> w.contains("written in Explicit VR Little Endian"));
        DicomFile second = DicomReader.read(r.outputs().get(1).path());
        assertThat(second.transferSyntax()).isEqualTo(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        assertThat(second.dataSet().get(Tag.PixelData).bytes()).containsExactly(
                16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
        assertThat(Validator.validate(second).errors()).isEmpty();
    }

    private static int[] allOf(Fragments f) {
        int[] all = new int[f.size()];
        java.util.Arrays.setAll(all, i -> i);
        return all;
    }
}
