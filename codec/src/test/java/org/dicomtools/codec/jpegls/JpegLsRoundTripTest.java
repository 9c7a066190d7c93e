// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

class JpegLsRoundTripTest {
    private static final JpegLsEncoder ENCODER = new JpegLsEncoder();
    private static final int[][] SIZES = {{1, 1}, {3, 5}, {1, 23}, {29, 1}, {16, 16}, {37, 9}};

    @Test
    void losslessForEveryPrecisionComponentCountLayoutAndContent() {
        long seed = 0;
        for (int precision : new int[] {2, 8, 12, 16}) {
            for (int components : new int[] {1, 3}) {
                for (boolean planar : new boolean[] {false, true}) {
                    for (int[] size : SIZES) {
                        for (LsTestImages.Kind kind : LsTestImages.Kind.values()) {
                            FrameFormat format = LsTestImages.format(size[0], size[1], components, precision);
                            byte[] image = LsTestImages.image(format, kind, seed++);
                            byte[] input = planar ? LsTestImages.toPlanar(image, format) : image;
                            byte[] stream = ENCODER.encode(input, format.withPlanar(planar), EncodeOptions.DEFAULT);
                            assertThat(LsTestImages.decode(stream, format.withPlanar(planar)))
                                    .as("%d bits, %d components, planar %s, %dx%d, %s", precision, components,
                                            planar, size[0], size[1], kind)
                                    .isEqualTo(image);
                        }
                    }
                }
            }
        }
    }
}
