// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dicomtools.codec.FrameFormat;

class JpegLsPropertyTest {

    @Property(tries = 400)
    void anyImageRoundTripsWithinNear(@ForAll @IntRange(min = 1, max = 40) int width,
                                      @ForAll @IntRange(min = 1, max = 40) int height,
                                      @ForAll @IntRange(min = 2, max = 16) int precision,
                                      @ForAll boolean colour,
                                      @ForAll @IntRange(min = 0, max = 2) int ilv,
                                      @ForAll @IntRange(min = 0, max = 3) int nearWanted,
                                      @ForAll @IntRange(min = 0, max = 6) int restart,
                                      @ForAll boolean planar,
                                      @ForAll LsTestImages.Kind kind,
                                      @ForAll long seed) {
        // NEAR may be at most MAXVAL / 2.
        int near = Math.min(nearWanted, ((1 << precision) - 1) / 2);
        FrameFormat f = LsTestImages.format(width, height, colour ? 3 : 1, precision);
        byte[] image = LsTestImages.image(f, kind, seed);
        byte[] input = planar ? LsTestImages.toPlanar(image, f) : image;
        byte[] stream = new JpegLsEncoder().encode(input, f.withPlanar(planar), near, restart, ilv,
                PresetParameters.NONE);
        byte[] decoded = LsTestImages.decode(stream, f.withPlanar(planar));
        if (near == 0) {
            assertThat(decoded).isEqualTo(image);
        } else {
            LsTestImages.assertWithin(decoded, image, f, near);
        }
    }
}
