// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.CodecException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writing a transcode as it is made: spilled fragments give the same file as fragments held in memory, a failure
 * after some frames were coded leaves nothing behind, and past 4 GiB the offsets go in the Extended Offset Table.
 */
class StreamingTranscodeTest {
    private static final TransferSyntax RLE = TransferSyntaxes.forName("rle");
    private static final TransferSyntax EXPLICIT = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
    /** Spills from the first fragment on. */
    private static final long ALWAYS = 0;

    @TempDir
    Path dir;

    private Path source(DataSet ds) {
        Path in = dir.resolve("in.dcm");
        DicomWriter.write(in, Images.file(ds));
        return in;
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rle", "jpeg-ls", "jpeg-lossless", "j2k"})
    void spilledFragmentsGiveTheSameFileAsFragmentsInMemory(String syntax) throws Exception {
        Path in = source(Images.grey(48, 40, 5, 16, 12, false));
        TranscodeOptions options = TranscodeOptions.to(TransferSyntaxes.forName(syntax));
        Path spilled = dir.resolve("spilled.dcm");
        Path inMemory = dir.resolve("memory.dcm");
        TranscodeResult r = new Transcoder(CodecRegistry.standard(), ALWAYS).transcode(in, spilled, options);
        TranscodeResult m = Transcoder.standard().transcode(DicomReader.read(in), options);
        DicomWriter.write(inMemory, m.file(), options.target(), org.dicomtools.io.WriteOptions.DEFAULT);
        assertThat(Files.readAllBytes(spilled)).isEqualTo(Files.readAllBytes(inMemory));
        assertThat(r.encodedBytes()).isEqualTo(m.encodedBytes());
        assertThat(r.verified()).isTrue();
        assertThat(files()).containsExactly("in.dcm", "memory.dcm", "spilled.dcm");
    }

    @Test
    void lossyOutputRecordsTheRatioOfAllFramesWhenSpilled() {
        Path in = source(Images.grey(64, 64, 4, 8, 8, false));
        TranscodeOptions options = TranscodeOptions.to(TransferSyntaxes.forName("jpeg-baseline"));
        TranscodeResult r = new Transcoder(CodecRegistry.standard(), ALWAYS).transcode(in, dir.resolve("out.dcm"),
                options);
        DataSet written = DicomReader.read(dir.resolve("out.dcm")).dataSet();
        double ratio = 64 * 64 * 4 / (double) r.encodedBytes();
        assertThat(written.getString(Tag.LossyImageCompressionRatio))
                .isEqualTo(Values.formatDecimalString(Math.round(ratio * 1000) / 1000.0));
        assertThat(r.lossy()).isTrue();
    }

    @Test
    void theResultOfASpilledTranscodeReadsItsFramesFromTheOutput() throws Exception {
        DataSet original = Images.grey(32, 32, 3, 16, 16, false);
        Path in = source(original);
        Path out = dir.resolve("out.dcm");
        Transcoder t = new Transcoder(CodecRegistry.standard(), ALWAYS);
        TranscodeResult r = t.transcode(in, out, TranscodeOptions.to(RLE));
        assertThat(files()).containsExactly("in.dcm", "out.dcm"); // the spill file is gone
        Fragments f = r.file().dataSet().get(Tag.PixelData).fragments();
        assertThat(f.size()).isEqualTo(3);
        DataSet back = t.transcode(r.file(), TranscodeOptions.to(EXPLICIT)).file().dataSet();
        assertThat(back.get(Tag.PixelData).bytes()).isEqualTo(original.get(Tag.PixelData).bytes());
    }

    @Test
    void decompressingWritesTheSameFileAsDecodingInMemory() throws Exception {
        Path in = source(Images.rgb(20, 10, 3, false));
        Path rle = dir.resolve("rle.dcm");
        Transcoder t = Transcoder.standard();
        t.transcode(in, rle, TranscodeOptions.to(RLE));
        for (TransferSyntax target : List.of(EXPLICIT, TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN,
                TransferSyntaxes.forName("deflated"))) {
            Path streamed = dir.resolve("streamed.dcm");
            Path inMemory = dir.resolve("memory.dcm");
            TranscodeOptions options = TranscodeOptions.to(target).withThreads(2);
            TranscodeResult r = t.transcode(rle, streamed, options);
            DicomWriter.write(inMemory, t.transcode(DicomReader.read(rle), options).file(), target,
                    org.dicomtools.io.WriteOptions.DEFAULT);
            assertThat(Files.readAllBytes(streamed)).as(target.name()).isEqualTo(Files.readAllBytes(inMemory));
            assertThat(r.nativeBytes()).isEqualTo(20 * 10 * 3 * 3);
        }
    }

    /** Encodes by copying, but fails on the frame whose samples start with {@code poison}. */
    private static FrameEncoder failingOn(byte poison) {
        return (samples, format, options) -> {
            if (samples[0] == poison) {
                throw new CodecFailure("cannot encode this one");
            }
            return samples.clone();
        };
    }

    private static final FrameDecoder UNCOPY = (data, expected, options) -> new DecodedFrame(
            Arrays.copyOf(data, (int) expected.frameLength()), expected.withPlanar(false), ColorSpace.MONOCHROME);

    /** The first byte of frame {@code f} of {@link TranscoderTest#grey}, distinct for each frame. */
    private static byte firstByteOfFrame(int f, int rows, int columns) {
        return (byte) (f * rows * columns * 2 * 7);
    }

    @Test
    void aFrameThatFailsToEncodeAfterOthersWereSpilledLeavesNothing() throws Exception {
        Path in = source(TranscoderTest.grey(6, 4, 5));
        CodecRegistry broken = CodecRegistry.builder().add(RLE, UNCOPY, failingOn(firstByteOfFrame(4, 4, 5))).build();
        assertThatThrownBy(() -> new Transcoder(broken, ALWAYS).transcode(in, dir.resolve("out.dcm"),
                TranscodeOptions.to(RLE).withThreads(2)))
                .isInstanceOf(CodecException.class).hasMessage("frame 4: cannot encode this one");
        assertThat(files()).containsExactly("in.dcm");
    }

    @Test
    void aFrameThatFailsToDecodeWhileTheOutputIsWrittenLeavesNothing() throws Exception {
        Path in = source(TranscoderTest.grey(6, 4, 5));
        CodecRegistry copying = CodecRegistry.builder().add(RLE, UNCOPY, (s, f, o) -> s.clone()).build();
        Path encoded = dir.resolve("encoded.dcm");
        new Transcoder(copying).transcode(in, encoded, TranscodeOptions.to(RLE));
        byte poison = firstByteOfFrame(3, 4, 5);
        FrameDecoder failing = (data, expected, options) -> {
            if (data[0] == poison) {
                throw new CodecFailure("cannot decode this one");
            }
            return UNCOPY.decode(data, expected, options);
        };
        CodecRegistry broken = CodecRegistry.builder().add(RLE, failing, (s, f, o) -> s.clone()).build();
        Path out = dir.resolve("out.dcm");
        assertThatThrownBy(() -> new Transcoder(broken).transcode(encoded, out,
                TranscodeOptions.to(EXPLICIT).withThreads(2)))
                .isInstanceOf(CodecException.class).hasMessage("frame 3: cannot decode this one");
        assertThat(files()).containsExactly("encoded.dcm", "in.dcm");
    }

    @Test
    void offsetsPastTheBasicOffsetTableGoInTheExtendedOffsetTable() throws Exception {
        DataSet original = Images.grey(16, 8, 3, 16, 16, false);
        DataSet encoded = Transcoder.standard().transcode(Images.file(original), TranscodeOptions.to(RLE)).file()
                .dataSet();
        Fragments f = encoded.get(Tag.PixelData).fragments();
        long[] lengths = {f.fragmentLength(0), f.fragmentLength(1), f.fragmentLength(2)};
        Fragments again = new Fragments();
        for (int i = 0; i < 3; i++) {
            again.add(f.fragment(i));
        }
        FrameEncoding.putFragments(encoded, again, 100); // as if 100 bytes were 4 GiB

        assertThat(again.basicOffsetTable()).isEmpty();
        long first = 8 + lengths[0] + (lengths[0] & 1);
        long second = first + 8 + lengths[1] + (lengths[1] & 1);
        assertThat(longs(encoded.get(Tag.ExtendedOffsetTable).bytes())).containsExactly(0, first, second);
        assertThat(longs(encoded.get(Tag.ExtendedOffsetTableLengths).bytes())).containsExactly(lengths);
        Path file = dir.resolve("eot.dcm");
        DicomWriter.write(file, DicomFile.of(null, encoded, RLE));
        DataSet back = Transcoder.standard().transcode(DicomReader.read(file, ReadOptions.DEFAULT),
                TranscodeOptions.to(EXPLICIT)).file().dataSet();
        assertThat(back.get(Tag.PixelData).bytes()).isEqualTo(original.get(Tag.PixelData).bytes());
        assertThat(back.contains(Tag.ExtendedOffsetTable)).isFalse();
    }

    private static long[] longs(byte[] b) {
        long[] out = new long[b.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = Values.i64(b, i * 8);
        }
        return out;
    }
}
