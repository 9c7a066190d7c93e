// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

/** Hand-built and damaged streams for the lossless decoder. */
class JpegLosslessStreamTest {
    private static final JpegLosslessDecoder DECODER = new JpegLosslessDecoder();
    /** A table with a code for every difference category 0-16. */
    private static final HuffmanTable ALL = HuffmanTable.optimal(filled(17));

    private static long[] filled(int n) {
        long[] f = new long[n];
        Arrays.fill(f, 1);
        return f;
    }

    /** A one-line, one-component stream of the given differences, predictor 1. */
    private static byte[] oneLine(int precision, int... diffs) {
        BitWriter w = new BitWriter();
        JpegWriter.soi(w);
        FrameHeader frame = new FrameHeader(Markers.SOF3, precision, 1, diffs.length,
                List.of(new FrameHeader.Component(1, 1, 1, 0)));
        JpegWriter.frameHeader(w, frame);
        JpegWriter.huffmanTable(w, 0, 0, ALL);
        JpegWriter.scanHeader(w, frame,
                new ScanHeader(List.of(new ScanHeader.ScanComponent(0, 0, 0)), 1, 0, 0, 0));
        for (int d : diffs) {
            int t = LosslessPrediction.category(d);
            w.write(ALL.code(t), ALL.size(t));
            if (t < 16) {
                w.write(LosslessPrediction.additionalBits(d, t), t);
            }
        }
        JpegWriter.eoi(w);
        return w.toByteArray();
    }

    private static int[] decode(byte[] jpeg, FrameFormat format) {
        byte[] out = DECODER.decode(jpeg, format, DecodeOptions.DEFAULT).samples();
        int[] v = new int[format.pixels()];
        for (int i = 0; i < v.length; i++) {
            v[i] = LosslessTestImages.get(out, i, format.bytesPerSample());
        }
        return v;
    }

    @Test
    void sumsWrapModulo65536AtSixteenBits() {
        // 32768 + 32767 = 65535; 65535 + 1 wraps to 0; 0 - 1 wraps to 65535; 65535 + 32768 wraps to 32767.
        byte[] jpeg = oneLine(16, 32767, 1, -1, 32768);
        assertThat(decode(jpeg, LosslessTestImages.format(4, 1, 1, 16))).containsExactly(65535, 0, 65535, 32767);
    }

    @Test
    void eightBitDifferencesThatOnlyWorkModuloTheirPrecisionDecode() {
        // As some ultrasound encoders code them: 128 - 76 = 52, then 52 - 180 = -128, i.e. 128 in 8 bits.
        byte[] jpeg = oneLine(8, -76, -180, 200);
        assertThat(decode(jpeg, LosslessTestImages.format(3, 1, 1, 8))).containsExactly(52, 128, 72);
    }

    @Test
    void aBaselineJpegIsNotLossless() throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", bytes);
        assertThatThrownBy(() -> DECODER.decode(bytes.toByteArray(), LosslessTestImages.format(8, 8, 1, 8),
                DecodeOptions.DEFAULT)).isInstanceOf(CodecFailure.class).hasMessage("not a lossless JPEG (SOF0)");
    }

    @Test
    void streamsThatDoNotMatchTheExpectedFormatAreRejected() {
        FrameFormat format = LosslessTestImages.format(6, 4, 1, 12);
        byte[] jpeg = new JpegLosslessEncoder().encode(LosslessTestImages.image(format, 1), format,
                EncodeOptions.DEFAULT);
        assertThatThrownBy(() -> DECODER.decode(jpeg, LosslessTestImages.format(6, 4, 3, 12),
                DecodeOptions.DEFAULT)).isInstanceOf(CodecFailure.class).hasMessageContaining("components");
        assertThatThrownBy(() -> DECODER.decode(jpeg, LosslessTestImages.format(7, 4, 1, 12),
                DecodeOptions.DEFAULT)).isInstanceOf(CodecFailure.class).hasMessageContaining("wide");
        assertThatThrownBy(() -> DECODER.decode(jpeg, LosslessTestImages.format(6, 5, 1, 12),
                DecodeOptions.DEFAULT)).isInstanceOf(CodecFailure.class).hasMessageContaining("lines");
        assertThatThrownBy(() -> DECODER.decode(jpeg, LosslessTestImages.format(6, 4, 1, 13),
                DecodeOptions.DEFAULT)).isInstanceOf(CodecFailure.class).hasMessageContaining("precision");
        // A higher precision than bits stored is fine: the stream's values fit.
        assertThat(DECODER.decode(jpeg, LosslessTestImages.format(6, 4, 1, 10), DecodeOptions.DEFAULT)
                .samples()).hasSize(48);
    }

    @Test
    void malformedStreamsAreCodecFailures() {
        FrameFormat format = LosslessTestImages.format(4, 4, 1, 8);
        byte[] good = oneLine(8, 1, 2, 3, 4);
        FrameFormat line = LosslessTestImages.format(4, 1, 1, 8);
        assertThat(decode(good, line)).containsExactly(129, 131, 134, 138);

        byte[] missingScan = Arrays.copyOf(good, indexOf(good, Markers.SOS) - 1);
        byte[] withEoi = Arrays.copyOf(missingScan, missingScan.length + 2);
        withEoi[withEoi.length - 2] = (byte) 0xFF;
        withEoi[withEoi.length - 1] = (byte) Markers.EOI;
        assertThatThrownBy(() -> DECODER.decode(withEoi, line, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("no scan");

        byte[] zeroWidth = good.clone();
        int sof = indexOf(good, Markers.SOF3);
        zeroWidth[sof + 6] = 0;
        zeroWidth[sof + 7] = 0;
        assertThatThrownBy(() -> DECODER.decode(zeroWidth, line, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("width 0");

        int[] bits = new int[16];
        bits[1] = 1;
        byte[] badCode = streamWithTable(HuffmanTable.of(bits, new int[] {0}), new byte[] {(byte) 0xC0});
        assertThatThrownBy(() -> DECODER.decode(badCode, format, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("Huffman");

        byte[] big = new JpegLosslessEncoder().encode(LosslessTestImages.image(format, 9), format,
                EncodeOptions.DEFAULT);
        for (int n = 0; n < big.length - 2; n++) {
            byte[] cut = Arrays.copyOf(big, n);
            assertThatThrownBy(() -> DECODER.decode(cut, format, DecodeOptions.DEFAULT)).as("cut at %d", n)
                    .isInstanceOf(CodecFailure.class);
        }
    }

    /** A 4x4 8-bit stream using {@code table} whose entropy-coded data are {@code entropy}. */
    private static byte[] streamWithTable(HuffmanTable table, byte[] entropy) {
        BitWriter w = new BitWriter();
        JpegWriter.soi(w);
        FrameHeader frame = new FrameHeader(Markers.SOF3, 8, 4, 4, List.of(new FrameHeader.Component(1, 1, 1, 0)));
        JpegWriter.frameHeader(w, frame);
        JpegWriter.huffmanTable(w, 0, 0, table);
        JpegWriter.scanHeader(w, frame, new ScanHeader(List.of(new ScanHeader.ScanComponent(0, 0, 0)), 1, 0, 0, 0));
        w.writeBytes(entropy);
        JpegWriter.eoi(w);
        return w.toByteArray();
    }

    @Test
    void damagedStreamsNeverFailWithAnythingButCodecFailure() {
        FrameFormat format = LosslessTestImages.format(12, 9, 3, 12);
        byte[] good = new JpegLosslessEncoder().encode(LosslessTestImages.image(format, 4), format,
                EncodeOptions.DEFAULT.withPredictor(5).withRestartInterval(24));
        Random rnd = new Random(11);
        for (int i = 0; i < 3000; i++) {
            byte[] bad = good.clone();
            for (int k = rnd.nextInt(4); k >= 0; k--) {
                bad[rnd.nextInt(bad.length)] = (byte) rnd.nextInt(256);
            }
            try {
                DECODER.decode(bad, format, DecodeOptions.DEFAULT);
            } catch (CodecFailure expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    private static int indexOf(byte[] d, int marker) {
        for (int i = 0; i + 1 < d.length; i++) {
            if (d[i] == (byte) 0xFF && (d[i + 1] & 0xFF) == marker) {
                return i + 1;
            }
        }
        throw new AssertionError();
    }
}
