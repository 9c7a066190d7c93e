// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

class J2kDecoderTest {
    private static final J2kDecoder DECODER = new J2kDecoder();

    /**
     * The shape said to trip the library's decoder: several tiles (64x64 on a 200x150 frame, so the right and
     * bottom tiles are partial), several quality layers (the library's default layering) and RCT. With
     * jai-imageio-jpeg2000 1.4.0 it decodes exactly, as did every OpenJPEG 2.5 stream of that shape we tried
     * (8, 12 and 16 bits; LRCP, RLCP, RPCL, PCRL, CPRL; tile-parts by resolution, layer and component; SOP/EPH;
     * precincts; all code-block mode switches; POC). So the decoder has no guard against it; this test would
     * notice a library that regressed.
     */
    @Test
    void multiTileMultiLayerRctStreamDecodesExactly() {
        FrameFormat format = J2kTestImages.format(200, 150, 3, 8, false);
        byte[] image = J2kTestImages.image(format, 11);
        byte[] stream = J2kTestImages.libraryLossless(image, format, 64, false);
        J2kCodestream header = J2kCodestream.read(stream);
        assertThat(header.tiles()).isEqualTo(12);
        assertThat(header.layers()).isGreaterThan(1);
        assertThat(header.mct()).isTrue();
        assertThat(header.reversible()).isTrue();
        DecodedFrame frame = DECODER.decode(stream, format, DecodeOptions.DEFAULT);
        assertThat(frame.samples()).isEqualTo(image);
        assertThat(frame.colorSpace()).isEqualTo(ColorSpace.RGB);
    }

    /**
     * What does go wrong in that shape is the library's encoder above 8 bits: the 8-sample-wide and 22-high edge
     * tiles have small code-blocks whose last coding passes it leaves out, so the "lossless" stream decodes with
     * low bits wrong in the library and in OpenJPEG alike. Our own lossless encoder codes every pass, and still checks
     * each stream by decoding it.
     */
    @Test
    void theLibrarysTiledTwelveBitLosslessStreamIsNotLossless() {
        FrameFormat format = J2kTestImages.format(200, 150, 3, 12, false);
        byte[] image = J2kTestImages.image(format, 12);
        byte[] stream = J2kTestImages.libraryLossless(image, format, 64, false);
        assertThat(J2kTestImages.exact(stream, image, format)).isFalse();
        byte[] ours = new J2kLosslessEncoder().encode(image, format, EncodeOptions.DEFAULT);
        assertThat(DECODER.decode(ours, format, DecodeOptions.DEFAULT).samples()).isEqualTo(image);
    }

    @Test
    void jp2FilesDecodeLikeTheirCodestream() {
        for (FrameFormat format : List.of(J2kTestImages.format(45, 31, 1, 12, false),
                J2kTestImages.format(45, 31, 3, 8, false), J2kTestImages.format(20, 20, 1, 16, true))) {
            byte[] image = J2kTestImages.image(format, format.bitsStored());
            byte[] jp2 = J2kTestImages.libraryLossless(image, format, 0, true);
            assertThat(jp2).startsWith(0, 0, 0, 12, 'j', 'P', ' ', ' ');
            J2kCodestream header = J2kCodestream.read(jp2);
            assertThat(header.jp2()).isTrue();
            assertThat(header.start()).isGreaterThan(0);
            assertThat(DECODER.decode(jp2, format, DecodeOptions.DEFAULT).samples()).as("%s", format)
                    .isEqualTo(image);
        }
    }

    @Test
    void trailingPaddingIsIgnored() {
        FrameFormat format = J2kTestImages.format(30, 20, 1, 8, false);
        byte[] image = J2kTestImages.image(format, 13);
        byte[] stream = new J2kLosslessEncoder().encode(image, format, EncodeOptions.DEFAULT);
        byte[] padded = Arrays.copyOf(stream, stream.length + 3);
        assertThat(DECODER.decode(padded, format, DecodeOptions.DEFAULT).samples()).isEqualTo(image);
    }

    @Test
    void precisionAboveBitsStoredIsMaskedToBitsStored() {
        FrameFormat coded = J2kTestImages.format(16, 16, 1, 16, false);
        byte[] image = J2kTestImages.image(J2kTestImages.format(16, 16, 1, 10, false), 14);
        byte[] stream = new J2kLosslessEncoder().encode(image, coded, EncodeOptions.DEFAULT);
        FrameFormat stored = new FrameFormat(16, 16, 1, 16, 10, false, false);
        assertThat(DECODER.decode(stream, stored, DecodeOptions.DEFAULT).samples()).isEqualTo(image);
    }

    @Test
    void manyThreadsGetTheSameAnswersAsOne() throws Exception {
        J2kLosslessEncoder encoder = new J2kLosslessEncoder();
        List<FrameFormat> formats = new ArrayList<>();
        List<byte[]> images = new ArrayList<>();
        List<byte[]> streams = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            FrameFormat f = J2kTestImages.format(40 + i * 9, 30 + i * 5, i % 2 == 0 ? 1 : 3, i % 3 == 0 ? 8 : 12,
                    i == 5);
            formats.add(f);
            images.add(J2kTestImages.image(f, i));
            streams.add(encoder.encode(images.get(i), f, EncodeOptions.DEFAULT));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                int i = task % 8;
                results.add(pool.submit(() -> {
                    byte[] stream = encoder.encode(images.get(i), formats.get(i), EncodeOptions.DEFAULT);
                    byte[] back = DECODER.decode(stream, formats.get(i), DecodeOptions.DEFAULT).samples();
                    return Arrays.equals(stream, streams.get(i)) && Arrays.equals(back, images.get(i));
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** ImageIO finds the library through its service files on a plain class path; we still do not rely on it. */
    @Test
    void imageIoFindsTheLibraryOnTheClassPath() {
        assertThat(ImageIO.getImageWritersByFormatName("jpeg2000").hasNext()).isTrue();
        assertThat(ImageIO.getImageReadersByFormatName("jpeg2000").hasNext()).isTrue();
    }
}
