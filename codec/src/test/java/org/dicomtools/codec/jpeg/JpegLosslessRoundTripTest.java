// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

class JpegLosslessRoundTripTest {
    private static final JpegLosslessEncoder ENCODER = new JpegLosslessEncoder();
    private static final JpegLosslessDecoder DECODER = new JpegLosslessDecoder();
    private static final int[][] SIZES = {{1, 1}, {3, 5}, {1, 17}, {19, 1}, {16, 16}, {33, 7}};

    static byte[] roundTrip(byte[] image, FrameFormat format, EncodeOptions options) {
        byte[] jpeg = ENCODER.encode(image, format, options);
        DecodedFrame frame = DECODER.decode(jpeg, format, DecodeOptions.DEFAULT);
        assertThat(frame.format()).isEqualTo(format.withPlanar(false));
        return frame.samples();
    }

    @Test
    void everyPredictorPrecisionAndComponentCountRoundTrips() {
        long seed = 0;
        for (int predictor = 1; predictor <= 7; predictor++) {
            for (int precision : new int[] {2, 8, 12, 16}) {
                for (int components : new int[] {1, 3}) {
                    for (int[] size : SIZES) {
                        for (int restart : new int[] {0, 1, 2 * size[0], 40}) {
                            FrameFormat format = LosslessTestImages.format(size[0], size[1], components, precision);
                            byte[] image = LosslessTestImages.image(format, seed++);
                            EncodeOptions options = EncodeOptions.DEFAULT.withPredictor(predictor)
                                    .withRestartInterval(restart);
                            assertThat(roundTrip(image, format, options))
                                    .as("predictor %d, %d bits, %d components, %dx%d, restart %d", predictor,
                                            precision, components, size[0], size[1], restart)
                                    .isEqualTo(image);
                        }
                    }
                }
            }
        }
    }

    @Test
    void planarInputComesBackInterleaved() {
        FrameFormat interleaved = LosslessTestImages.format(5, 4, 3, 8);
        byte[] image = LosslessTestImages.image(interleaved, 3);
        byte[] planar = new byte[image.length];
        for (int p = 0; p < 20; p++) {
            for (int c = 0; c < 3; c++) {
                planar[c * 20 + p] = image[p * 3 + c];
            }
        }
        byte[] jpeg = ENCODER.encode(planar, interleaved.withPlanar(true), EncodeOptions.DEFAULT);
        DecodedFrame frame = DECODER.decode(jpeg, interleaved.withPlanar(true), DecodeOptions.DEFAULT);
        assertThat(frame.samples()).isEqualTo(image);
        assertThat(frame.format().planar()).isFalse();
        assertThat(frame.colorSpace()).isEqualTo(ColorSpace.UNKNOWN);
    }

    @Test
    void pointTransformDropsTheLowBits() {
        FrameFormat format = LosslessTestImages.format(21, 13, 1, 12);
        byte[] image = LosslessTestImages.image(format, 5);
        EncodeOptions options = new EncodeOptions(90, 7, 2, EncodeOptions.Subsampling.S422, true, 21);
        byte[] back = roundTrip(image, format, options);
        for (int i = 0; i < format.pixels(); i++) {
            assertThat(LosslessTestImages.get(back, i, 2))
                    .isEqualTo(LosslessTestImages.get(image, i, 2) & ~3);
        }
    }

    @Test
    void signedTwelveBitsInSixteenComeBackSignExtended() {
        FrameFormat format = new FrameFormat(9, 6, 1, 16, 12, true, false);
        byte[] image = new byte[format.pixels() * 2];
        short[] values = new short[format.pixels()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (short) ((i * 397) % 4096 - 2048);
            // As stored in DICOM: sign-extended, or with junk above bit 11 that only the decoder's signedness fixes.
            int stored = i % 2 == 0 ? values[i] : (values[i] & 0xFFF) | 0xA000;
            LosslessTestImages.put(image, i, 2, stored);
        }
        byte[] back = roundTrip(image, format, EncodeOptions.DEFAULT.withPredictor(4));
        for (int i = 0; i < values.length; i++) {
            assertThat((short) LosslessTestImages.get(back, i, 2)).isEqualTo(values[i]);
        }
    }

    @Test
    void sixteenBitExtremesRoundTripThroughCategory16() {
        FrameFormat format = LosslessTestImages.format(8, 3, 1, 16);
        byte[] image = new byte[format.pixels() * 2];
        for (int i = 0; i < format.pixels(); i++) {
            LosslessTestImages.put(image, i, 2, i % 2 == 0 ? 0 : 0xFFFF);
        }
        for (int predictor = 1; predictor <= 7; predictor++) {
            assertThat(roundTrip(image, format, EncodeOptions.DEFAULT.withPredictor(predictor))).isEqualTo(image);
        }
    }
}
