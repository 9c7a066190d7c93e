// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;

class JpegLosslessPropertyTest {

    @Property(tries = 300)
    void anyImageRoundTrips(@ForAll @IntRange(min = 1, max = 48) int width,
                            @ForAll @IntRange(min = -8, max = 8) int heightOffset,
                            @ForAll @IntRange(min = 2, max = 16) int precision,
                            @ForAll boolean colour,
                            @ForAll @IntRange(min = 1, max = 7) int predictor,
                            @ForAll @IntRange(min = -200, max = 300) int restart,
                            @ForAll boolean noise,
                            @ForAll long seed) {
        int height = Math.max(1, Math.min(48, width + heightOffset));
        FrameFormat format = LosslessTestImages.format(width, height, colour ? 3 : 1, precision);
        byte[] image;
        if (noise) {
            // Pure noise over the full range: the largest differences and every category.
            Random rnd = new Random(seed);
            int n = format.pixels() * format.samplesPerPixel();
            image = new byte[n * format.bytesPerSample()];
            for (int i = 0; i < n; i++) {
                LosslessTestImages.put(image, i, format.bytesPerSample(), rnd.nextInt(1 << precision));
            }
        } else {
            image = LosslessTestImages.image(format, seed);
        }
        EncodeOptions options = EncodeOptions.DEFAULT.withPredictor(predictor)
                .withRestartInterval(Math.max(0, restart));
        assertThat(JpegLosslessRoundTripTest.roundTrip(image, format, options)).isEqualTo(image);
    }
}
