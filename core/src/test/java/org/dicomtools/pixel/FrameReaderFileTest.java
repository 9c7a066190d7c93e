// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.sample.CtSeries;
import org.dicomtools.sample.EnhancedMr;
import org.dicomtools.sample.UltrasoundRgb;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameReaderFileTest {
    private static final int SIZE = 64;

    @TempDir
    Path dir;

    /** Five frames of 64x64; sample (x, y) of frame f is f * 1000 + y * 10 + x % 10. */
    private static DataSet fiveFrames() {
        DataSet ds = TestImages.grey(SIZE, SIZE, 16, 16, false);
        ds.setString(Tag.NumberOfFrames, VR.IS, "5");
        int[] v = new int[5 * SIZE * SIZE];
        for (int i = 0; i < v.length; i++) {
            int f = i / (SIZE * SIZE);
            int p = i % (SIZE * SIZE);
            v[i] = f * 1000 + p / SIZE * 10 + p % SIZE % 10;
        }
        ds.setBytes(Tag.PixelData, VR.OW, TestImages.words(v));
        return ds;
    }

    @Test
    void readsOnlyTheByteRangeOfTheFrameAskedFor() throws IOException {
        Path path = dir.resolve("multi.dcm");
        DicomWriter.write(path, TestImages.file(fiveFrames()));
        DicomFile file = DicomReader.read(path);
        Element pixels = file.dataSet().get(Tag.PixelData);
        BulkData bulk = pixels.bulkData();
        assertThat(bulk).isNotNull();
        assertThat(bulk.path()).isEqualTo(path);
        assertThat(FrameReader.frameCount(file)).isEqualTo(5);

        // Cut the file just after frame 2: frame 2 still reads, frame 4 no longer can.
        long frameBytes = SIZE * SIZE * 2L;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
            ch.truncate(bulk.offset() + 3 * frameBytes);
        }
        Frame f = FrameReader.read(file, 2);
        assertThat(f.sample(0, 0, 0)).isEqualTo(2000);
        assertThat(f.sample(13, 7, 0)).isEqualTo(2073);
        assertThat(f.sample(63, 63, 0)).isEqualTo(2633);
        assertThatThrownBy(() -> FrameReader.read(file, 4)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void rleFramesDecodeToTheNativeSamples() {
        DicomFile source = TestImages.file(EnhancedMr.build(3));
        DicomFile rle = transcode(source, "rle");
        assertThat(rle.dataSet().get(Tag.PixelData).isFragments()).isTrue();
        for (int i = 0; i < 3; i++) {
            Frame expected = FrameReader.read(source, i);
            Frame actual = FrameReader.read(rle, i);
            assertThat(actual.ints()).as("frame %d", i).containsExactly(expected.ints());
            assertThat(actual.photometric()).isEqualTo("MONOCHROME2");
        }
        assertThat(FrameReader.read(rle, 1).sample(32, 32, 0)).isEqualTo(600); // brain

        DicomFile rgb = transcode(TestImages.file(UltrasoundRgb.build()), "rle");
        Frame colour = FrameReader.read(rgb, 0);
        assertThat(colour.samples()).isEqualTo(3);
        assertThat(colour.photometric()).isEqualTo("RGB");
        assertThat(colour.ints()).containsExactly(FrameReader.read(TestImages.file(UltrasoundRgb.build()), 0).ints());
    }

    @Test
    void jpegLosslessFramesKeepSignedValues() {
        DicomFile source = TestImages.file(CtSeries.build(1).get(0));
        DicomFile jpeg = transcode(source, "jpeg-lossless");
        Frame expected = FrameReader.read(source, 0);
        Frame actual = FrameReader.read(jpeg, 0);
        assertThat(actual.signed()).isTrue();
        assertThat(actual.ints()).containsExactly(expected.ints());
        assertThat(actual.sample(0, 0, 0)).isEqualTo(CtSeries.PADDING);
        assertThat(actual.sample(64, 64, 0)).isEqualTo(35 + 1024); // brain, stored = HU + 1024
    }

    @Test
    void aYbrJpegIsReportedAsTheRgbItDecodesTo() {
        DicomFile jpeg = transcode(TestImages.file(UltrasoundRgb.build()), "jpeg-baseline");
        Frame f = FrameReader.read(jpeg, 0);
        assertThat(f.samples()).isEqualTo(3);
        assertThat(f.photometric()).isEqualTo("RGB");
        // Lossy, so close rather than equal: the white rectangle and the dark cyst.
        assertThat(f.sample(12, 12, 0)).isGreaterThan(240);
        assertThat(f.sample(60, 32, 1)).isLessThan(16);
    }

    @Test
    void withoutADecoderTheRegistrySaysSo() {
        DicomFile rle = transcode(TestImages.file(EnhancedMr.build(2)), "rle");
        CodecRegistry none = CodecRegistry.builder().build();
        assertThatThrownBy(() -> FrameReader.read(rle, 0, none))
                .isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessageContaining("no decoder for RLE Lossless");
        assertThatThrownBy(() -> FrameReader.read(rle, 2)).hasMessage("frame 2 out of range: the image has 2 frame(s)");
    }

    @Test
    void realCtSlice() {
        Path path = Path.of("").toAbsolutePath().resolve("../../shared/data/sample_series/IM-0001-0001.dcm")
                .normalize();
        Assumptions.assumeTrue(Files.isRegularFile(path), "shared/data/sample_series not present");
        DicomFile file = DicomReader.read(path);
        byte[] raw = file.dataSet().get(Tag.PixelData).bytes();
        Frame f = FrameReader.read(file, 0);
        assertThat(f.columns()).isEqualTo(512);
        assertThat(f.rows()).isEqualTo(512);
        assertThat(f.bitsStored()).isEqualTo(12);
        assertThat(f.signed()).isFalse();
        for (int[] xy : new int[][] {{0, 0}, {256, 256}, {100, 300}, {511, 511}, {300, 120}}) {
            int expected = Values.u16(raw, 2 * (xy[1] * 512 + xy[0])) & 0x0FFF;
            assertThat(f.sample(xy[0], xy[1], 0)).as("pixel %d,%d", xy[0], xy[1]).isEqualTo(expected);
        }
        assertThat(Arrays.stream(f.ints()).min().orElseThrow()).isEqualTo(0);
        assertThat(Arrays.stream(f.ints()).max().orElseThrow()).isEqualTo(4095);
    }

    private static DicomFile transcode(DicomFile source, String target) {
        return Transcoder.standard().transcode(source, TranscodeOptions.to(TransferSyntaxes.forName(target))).file();
    }
}
