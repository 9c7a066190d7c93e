// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.CodecException;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transcoder's own logic, with stand-in codecs: framing, attributes, verification, refusal. */
class TranscoderTest {
    private static final TransferSyntax RLE = TransferSyntaxes.forName("rle");
    private static final TransferSyntax EXTENDED = TransferSyntaxes.forName("jpeg-extended");
    private static final TransferSyntax EXPLICIT = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;

    /** "Encodes" by copying: the fragments hold the native frame bytes. */
    private static final FrameEncoder COPY = (samples, format, options) -> samples.clone();
    private static final FrameDecoder UNCOPY = (data, expected, options) -> new DecodedFrame(
            Arrays.copyOf(data, (int) expected.frameLength()), expected.withPlanar(false),
            expected.samplesPerPixel() == 3 ? ColorSpace.RGB : ColorSpace.MONOCHROME);
    /** Loses the lowest bit of the first sample. */
    private static final FrameEncoder LOSSY_COPY = (samples, format, options) -> {
        byte[] b = samples.clone();
        b[0] ^= 1;
        return b;
    };

    private static final CodecRegistry REGISTRY = CodecRegistry.builder()
            .add(RLE, UNCOPY, COPY).add(EXTENDED, UNCOPY, COPY).build();

    @TempDir
    Path dir;

    static DataSet grey(int frames, int rows, int columns) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.1");
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, rows);
        ds.setInt(Tag.Columns, VR.US, columns);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, 12);
        ds.setInt(Tag.HighBit, VR.US, 11);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        if (frames > 1) {
            ds.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(frames));
        }
        byte[] px = new byte[frames * rows * columns * 2];
        for (int i = 0; i < px.length; i += 2) {
            px[i] = (byte) (i * 7);
            px[i + 1] = (byte) ((i >> 8) & 0x0F);
        }
        ds.setBytes(Tag.PixelData, VR.OW, px);
        return ds;
    }

    private static DicomFile file(DataSet ds) {
        return DicomFile.of(null, ds, EXPLICIT);
    }

    @Test
    void encodesOneFragmentPerFrameWithABasicOffsetTable() {
        TranscodeResult r = new Transcoder(REGISTRY).transcode(file(grey(3, 4, 5)), TranscodeOptions.to(RLE));
        Fragments f = r.file().dataSet().get(Tag.PixelData).fragments();
        assertThat(f.size()).isEqualTo(3);
        assertThat(f.offsets()).containsExactly(0L, 48L, 96L);
        assertThat(r.file().transferSyntax()).isEqualTo(RLE);
        assertThat(r.verified()).isTrue();
        assertThat(r.lossy()).isFalse();
        assertThat(r.frames()).isEqualTo(3);
    }

    @Test
    void decodesBackToTheSameNativePixelData() {
        DataSet original = grey(3, 4, 5);
        Transcoder t = new Transcoder(REGISTRY);
        DicomFile encoded = t.transcode(file(original), TranscodeOptions.to(RLE)).file();
        DataSet back = t.transcode(encoded, TranscodeOptions.to(EXPLICIT)).file().dataSet();
        assertThat(back.get(Tag.PixelData).bytes()).isEqualTo(original.get(Tag.PixelData).bytes());
        assertThat(back.get(Tag.PixelData).vr()).isEqualTo(VR.OW);
    }

    @Test
    void failedVerificationWritesNothing() {
        CodecRegistry broken = CodecRegistry.builder().add(RLE, UNCOPY, LOSSY_COPY).build();
        Path out = dir.resolve("out.dcm");
        Path in = dir.resolve("in.dcm");
        org.dicomtools.io.DicomWriter.write(in, file(grey(1, 4, 5)));
        assertThatThrownBy(() -> new Transcoder(broken).transcode(in, out, TranscodeOptions.to(RLE)))
                .isInstanceOf(CodecException.class).hasMessageContaining("lossless check failed: frame 0, pixel 0");
        assertThat(out).doesNotExist();
    }

    @Test
    void noVerifySkipsTheCheck() {
        CodecRegistry broken = CodecRegistry.builder().add(RLE, UNCOPY, LOSSY_COPY).build();
        TranscodeResult r = new Transcoder(broken).transcode(file(grey(1, 4, 5)),
                TranscodeOptions.to(RLE).withVerify(false));
        assertThat(r.verified()).isFalse();
    }

    @Test
    void lossyOutputIsMarkedAndGetsANewInstanceUid() {
        DataSet ds = grey(1, 4, 5);
        ds.setString(Tag.LossyImageCompression, VR.CS, "01");
        ds.setString(Tag.LossyImageCompressionRatio, VR.DS, "5.4");
        ds.setString(Tag.LossyImageCompressionMethod, VR.CS, "ISO_15444_1");
        DataSet out = new Transcoder(REGISTRY).transcode(file(ds), TranscodeOptions.to(EXTENDED)).file().dataSet();
        assertThat(out.getString(Tag.LossyImageCompression)).isEqualTo("01");
        assertThat(out.getStrings(Tag.LossyImageCompressionRatio)).containsExactly("5.4", "1");
        assertThat(out.getStrings(Tag.LossyImageCompressionMethod)).containsExactly("ISO_15444_1", "ISO_10918_1");
        assertThat(out.getString(Tag.SOPInstanceUID)).startsWith("2.25.").isNotEqualTo("2.25.1");
        assertThat(ds.getString(Tag.SOPInstanceUID)).isEqualTo("2.25.1"); // the source is untouched
    }

    @Test
    void nativeToNativeKeepsPixelDataAsItIs() {
        DataSet ds = grey(2, 3, 3);
        TranscodeResult r = new Transcoder(REGISTRY).transcode(file(ds),
                TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN));
        assertThat(r.frames()).isZero();
        assertThat(r.file().dataSet().get(Tag.PixelData)).isSameAs(ds.get(Tag.PixelData));
    }

    @Test
    void aSyntaxWithoutEncoderIsRefusedWithWhatIsAvailable() {
        assertThatThrownBy(() -> new Transcoder(REGISTRY).transcode(file(grey(1, 2, 2)),
                TranscodeOptions.to(TransferSyntaxes.forName("j2k"))))
                .isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessageContaining("no encoder for JPEG 2000")
                .hasMessageEndingWith("it writes implicit, explicit, deflated, big-endian, jpeg-extended, rle");
    }

    @Test
    void transcodesFileToFile() throws Exception {
        Path in = dir.resolve("in.dcm");
        Path out = dir.resolve("out.dcm");
        org.dicomtools.io.DicomWriter.write(in, file(grey(2, 4, 4)));
        new Transcoder(REGISTRY).transcode(in, out, TranscodeOptions.to(RLE));
        DicomFile back = DicomReader.read(out);
        assertThat(back.transferSyntax()).isEqualTo(RLE);
        assertThat(back.fileMeta().getString(Tag.TransferSyntaxUID)).isEqualTo(RLE.uid());
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.count()).isEqualTo(2);
        }
    }
}
