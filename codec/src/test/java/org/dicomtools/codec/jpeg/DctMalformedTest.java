// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

/** Damaged, truncated and mismatched input: always a CodecFailure of our own making, never a hang. */
class DctMalformedTest {
    private static final JpegDctDecoder DECODER = new JpegDctDecoder();
    private static final FrameFormat GREY = new FrameFormat(21, 13, 1, 8, 8, false, false);
    private static final FrameFormat RGB = new FrameFormat(21, 13, 3, 8, 8, false, false);
    private static final byte[] GREY_JPEG = new JpegDctEncoder().encode(DctTestImages.gradient(GREY, 1), GREY,
            EncodeOptions.DEFAULT.withRestartInterval(2));
    private static final byte[] RGB_JPEG = new JpegDctEncoder().encode(DctTestImages.gradient(RGB, 2), RGB,
            EncodeOptions.DEFAULT);
    private static final byte[] PROGRESSIVE_JPEG = jdkProgressive();

    private static byte[] jdkProgressive() {
        try {
            return DctJdkInteropTest.jdkWrite(DctTestImages.imageOf(DctTestImages.gradient(RGB, 3), RGB), true, 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes, and if that fails, checks that it failed deliberately (not through the safety net). */
    private static boolean decodes(byte[] data, FrameFormat f) {
        try {
            DECODER.decode(data, f, DecodeOptions.DEFAULT);
            return true;
        } catch (CodecFailure e) {
            assertThat(e.getCause()).as("failure %s", e.getMessage()).isNull();
            assertThat(e.getMessage()).isNotBlank();
            return false;
        }
    }

    @Test
    void notJpegAtAll() {
        assertThatThrownBy(() -> DECODER.decode(new byte[0], GREY, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("byte offset 0");
        assertThatThrownBy(() -> DECODER.decode(new byte[] {1, 2, 3, 4}, GREY, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class);
        assertThatThrownBy(() -> DECODER.decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9},
                GREY, DecodeOptions.DEFAULT)).isInstanceOf(CodecFailure.class).hasMessageContaining("no frame");
    }

    @Test
    void losslessStreamsAreNotOurs() {
        BitWriter out = new BitWriter();
        JpegWriter.soi(out);
        JpegWriter.frameHeader(out, new FrameHeader(Markers.SOF3, 8, 13, 21,
                List.of(new FrameHeader.Component(1, 1, 1, 0))));
        JpegWriter.eoi(out);
        assertThatThrownBy(() -> DECODER.decode(out.toByteArray(), GREY, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("not a DCT JPEG (SOF3 lossless)");
        byte[] arithmetic = GREY_JPEG.clone();
        arithmetic[sof(arithmetic) + 1] = (byte) Markers.SOF9;
        assertThatThrownBy(() -> DECODER.decode(arithmetic, GREY, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("SOF9 (arithmetic coding)");
    }

    @Test
    void framesThatDoNotMatchTheExpectedFormat() {
        assertThatThrownBy(() -> DECODER.decode(GREY_JPEG, new FrameFormat(20, 13, 1, 8, 8, false, false),
                DecodeOptions.DEFAULT)).isInstanceOf(CodecFailure.class).hasMessageContaining("21x13, expected 20x13");
        assertThatThrownBy(() -> DECODER.decode(GREY_JPEG, RGB, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("1 components, expected 3");
        FrameFormat twelve = new FrameFormat(21, 13, 1, 16, 12, false, false);
        byte[] jpeg12 = new JpegDctEncoder().encode(DctTestImages.gradient(twelve, 3), twelve, EncodeOptions.DEFAULT);
        assertThatThrownBy(() -> DECODER.decode(jpeg12, GREY, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("12-bit JPEG cannot be decoded into 8-bit");
    }

    @Test
    void undefinedTablesAreNamed() {
        byte[] noQuant = GREY_JPEG.clone();
        noQuant[sof(noQuant) + 12] = 3; // Tq of the only component
        assertThatThrownBy(() -> DECODER.decode(noQuant, GREY, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("quantization table 3");
        byte[] noHuffman = GREY_JPEG.clone();
        noHuffman[marker(noHuffman, Markers.SOS) + 6] = 0x22; // Td/Ta
        assertThatThrownBy(() -> DECODER.decode(noHuffman, GREY, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("DC Huffman table 2");
    }

    @Test
    void everyTruncationInsideTheDataFails() {
        for (byte[] jpeg : List.of(GREY_JPEG, RGB_JPEG, PROGRESSIVE_JPEG)) {
            FrameFormat f = jpeg == GREY_JPEG ? GREY : RGB;
            assertThat(decodes(jpeg, f)).isTrue();
            // the last entropy-coded bytes may hold nothing but padding; up to them, every cut must fail
            for (int cut = 0; cut < jpeg.length - 4; cut++) {
                assertThat(decodes(Arrays.copyOf(jpeg, cut), f)).as("cut at %d of %d", cut, jpeg.length).isFalse();
            }
        }
        // without EOI a complete sequential frame is accepted, a progressive one is not
        assertThat(decodes(Arrays.copyOf(RGB_JPEG, RGB_JPEG.length - 2), RGB)).isTrue();
        assertThat(decodes(Arrays.copyOf(PROGRESSIVE_JPEG, PROGRESSIVE_JPEG.length - 2), RGB)).isFalse();
    }

    @Test
    void trailingPaddingAfterEoiIsIgnored() {
        byte[] padded = Arrays.copyOf(RGB_JPEG, RGB_JPEG.length + 3);
        assertThat(decodes(padded, RGB)).isTrue();
    }

    @Property(tries = 400)
    void damagedBytesDecodeOrFailCleanly(@ForAll @IntRange(min = 0, max = 2) int which,
                                         @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int damage) {
        byte[] jpeg = (which == 0 ? GREY_JPEG : which == 1 ? RGB_JPEG : PROGRESSIVE_JPEG).clone();
        Random random = new Random(seed);
        for (int i = 0; i < damage; i++) {
            jpeg[random.nextInt(jpeg.length)] = (byte) random.nextInt(256);
        }
        decodes(jpeg, which == 0 ? GREY : RGB);
    }

    private static int sof(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && Markers.isSof(jpeg[i + 1] & 0xFF)) {
                return i;
            }
        }
        throw new AssertionError("no SOF");
    }

    private static int marker(byte[] jpeg, int code) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && (jpeg[i + 1] & 0xFF) == code) {
                return i;
            }
        }
        throw new AssertionError("no " + Markers.name(code));
    }
}
