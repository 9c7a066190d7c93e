// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class J2kLosslessRoundTripTest {
    private static final J2kLosslessEncoder ENCODER = new J2kLosslessEncoder();
    private static final J2kDecoder DECODER = new J2kDecoder();

    static DecodedFrame roundTrip(byte[] image, FrameFormat format) {
        byte[] stream = ENCODER.encode(image, format, EncodeOptions.DEFAULT);
        DecodedFrame frame = DECODER.decode(stream, format, DecodeOptions.DEFAULT);
        assertThat(frame.format()).isEqualTo(format.withPlanar(false));
        return frame;
    }

    @ParameterizedTest(name = "{0}x{1}, {2} components, {3} bits, signed {4}")
    @CsvSource({
        "64, 48, 1, 8, false", "64, 48, 1, 12, false", "64, 48, 1, 16, false", "64, 48, 1, 16, true",
        "64, 48, 1, 12, true", "64, 48, 1, 8, true", "64, 48, 1, 2, false", "64, 48, 1, 5, true",
        "64, 48, 3, 8, false", "64, 48, 3, 12, false", "64, 48, 3, 16, false", "64, 48, 3, 8, true",
        "3, 5, 1, 8, false", "3, 5, 1, 12, false", "3, 5, 3, 8, false", "1, 1, 1, 8, false",
        "1, 1, 3, 8, false", "1, 17, 1, 8, false", "19, 1, 1, 12, false", "33, 7, 3, 8, false",
        "200, 150, 3, 8, false", "513, 257, 1, 16, false", "512, 512, 1, 12, false"
    })
    void roundTripsBitExact(int width, int height, int components, int bits, boolean signed) {
        FrameFormat format = J2kTestImages.format(width, height, components, bits, signed);
        byte[] image = J2kTestImages.image(format, width * 31L + height + bits);
        DecodedFrame frame = roundTrip(image, format);
        assertThat(frame.samples()).isEqualTo(image);
        assertThat(frame.colorSpace()).isEqualTo(components == 1 ? ColorSpace.MONOCHROME : ColorSpace.RGB);
    }

    @Test
    void codestreamCarriesPrecisionSignAndTheReversibleTransforms() {
        FrameFormat grey = J2kTestImages.format(40, 30, 1, 12, true);
        J2kCodestream g = J2kCodestream.read(ENCODER.encode(J2kTestImages.image(grey, 1), grey, EncodeOptions.DEFAULT));
        assertThat(g.precision()).isEqualTo(12);
        assertThat(g.signed()).isTrue();
        assertThat(g.reversible()).isTrue();
        assertThat(g.mct()).isFalse();
        assertThat(g.jp2()).isFalse();
        assertThat(g.start()).isZero();

        FrameFormat rgb = J2kTestImages.format(40, 30, 3, 8, false);
        J2kCodestream c = J2kCodestream.read(ENCODER.encode(J2kTestImages.image(rgb, 2), rgb, EncodeOptions.DEFAULT));
        assertThat(c.precision()).isEqualTo(8);
        assertThat(c.signed()).isFalse();
        assertThat(c.reversible()).isTrue();
        assertThat(c.mct()).as("RCT, DICOM's YBR_RCT").isTrue();
        assertThat(c.levels()).isEqualTo(3);
        assertThat(c.tiles()).isEqualTo(1);
    }

    @Test
    void planarInputComesBackInterleaved() {
        FrameFormat format = J2kTestImages.format(37, 23, 3, 8, false);
        byte[] image = J2kTestImages.image(format, 5);
        FrameFormat planar = format.withPlanar(true);
        byte[] stream = ENCODER.encode(J2kTestImages.planar(image, format), planar, EncodeOptions.DEFAULT);
        DecodedFrame frame = DECODER.decode(stream, planar, DecodeOptions.DEFAULT);
        assertThat(frame.format()).isEqualTo(format);
        assertThat(frame.samples()).isEqualTo(image);
    }

    @Test
    void bitsAboveBitsStoredAreIgnoredOnEncodeAndSignExtendedOnDecode() {
        FrameFormat format = J2kTestImages.format(16, 16, 1, 12, true);
        byte[] image = J2kTestImages.image(format, 9);
        byte[] dirty = image.clone();
        for (int i = 1; i < dirty.length; i += 2) {
            dirty[i] = (byte) ((dirty[i] & 0x0F) | 0xA0);
        }
        byte[] stream = ENCODER.encode(dirty, format, EncodeOptions.DEFAULT);
        assertThat(DECODER.decode(stream, format, DecodeOptions.DEFAULT).samples()).isEqualTo(image);
    }

    @Test
    void smallNoisyHighDepthFramesAreExact() {
        // jj2000's encoder lost low bits on frames like these and the old encoder refused up to 18 of them; ours
        // codes every pass of every code-block, so none is refused any more.
        for (int bits : new int[] {12, 16}) {
            for (int size = 1; size <= 9; size++) {
                FrameFormat format = J2kTestImages.format(size, size + 2, 1, bits, false);
                byte[] image = new byte[(int) format.frameLength()];
                new java.util.Random(size * 7L + bits).nextBytes(image);
                byte[] stream = ENCODER.encode(image, format, EncodeOptions.DEFAULT);
                byte[] expected = J2kSamples.toFrame(J2kSamples.toImage(image, format).getRaster(), format);
                assertThat(DECODER.decode(stream, format, DecodeOptions.DEFAULT).samples())
                        .as("%d bits, %dx%d", bits, size, size + 2).isEqualTo(expected);
            }
        }
    }

    @Test
    void refusesWhatTheDecoderCannotTakeBack() {
        FrameFormat oneBit = new FrameFormat(8, 8, 1, 8, 1, false, false);
        assertThatThrownBy(() -> ENCODER.encode(new byte[64], oneBit, EncodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("2 to 16 bits stored");
        FrameFormat wide = new FrameFormat(8, 8, 1, 32, 24, false, false);
        assertThatThrownBy(() -> ENCODER.encode(new byte[256], wide, EncodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("8 or 16 bits allocated");
        FrameFormat grey = J2kTestImages.format(8, 8, 1, 8, false);
        assertThatThrownBy(() -> ENCODER.encode(new byte[63], grey, EncodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("63 bytes");
    }
}
