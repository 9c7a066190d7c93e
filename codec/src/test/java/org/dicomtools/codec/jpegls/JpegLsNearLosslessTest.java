// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

class JpegLsNearLosslessTest {
    private static final JpegLsEncoder ENCODER = new JpegLsEncoder();
    private static final int[][] SIZES = {{1, 1}, {3, 5}, {1, 23}, {29, 1}, {37, 9}};

    @Test
    void noSampleDiffersByMoreThanNear() {
        long seed = 100;
        for (int near = 1; near <= 3; near++) {
            for (int precision : new int[] {4, 8, 12, 16}) {
                for (int components : new int[] {1, 3}) {
                    for (int ilv = 0; ilv <= 2; ilv++) {
                        for (int[] size : SIZES) {
                            for (LsTestImages.Kind kind : LsTestImages.Kind.values()) {
                                FrameFormat f = LsTestImages.format(size[0], size[1], components, precision);
                                byte[] image = LsTestImages.image(f, kind, seed++);
                                byte[] stream = ENCODER.encode(image, f, near, 0, ilv, PresetParameters.NONE);
                                LsTestImages.assertWithin(LsTestImages.decode(stream, f), image, f, near);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void twoBitSamplesAllowNearOne() {
        FrameFormat f = LsTestImages.format(17, 11, 1, 2);
        byte[] image = LsTestImages.image(f, LsTestImages.Kind.NOISE, 5);
        byte[] stream = ENCODER.encode(image, f, EncodeOptions.DEFAULT.withNear(1));
        LsTestImages.assertWithin(LsTestImages.decode(stream, f), image, f, 1);
    }

    @Test
    void nearAboveHalfTheRangeIsRefused() {
        FrameFormat f = LsTestImages.format(4, 4, 1, 2);
        byte[] image = new byte[16];
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ENCODER.encode(image, f, EncodeOptions.DEFAULT.withNear(2)))
                .isInstanceOf(org.dicomtools.codec.CodecFailure.class).hasMessageContaining("NEAR");
    }

    @Test
    void nearLosslessCompressesNoiseBetterThanLossless() {
        FrameFormat f = LsTestImages.format(64, 64, 1, 12);
        byte[] image = LsTestImages.image(f, LsTestImages.Kind.SMOOTH, 9);
        int lossless = ENCODER.encode(image, f, EncodeOptions.DEFAULT).length;
        int near = ENCODER.encode(image, f, EncodeOptions.DEFAULT.withNear(3)).length;
        assertThat(near).isLessThan(lossless);
    }
}
