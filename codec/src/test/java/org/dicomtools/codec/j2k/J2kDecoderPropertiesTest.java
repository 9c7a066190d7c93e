// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;

/** Our decoder, not the library, decodes every lossless stream of our encoder exactly. */
class J2kDecoderPropertiesTest {

    @Property(tries = 80)
    void ourEncodersStreamsDecodeExactly(@ForAll @IntRange(min = 1, max = 65) int width,
                                         @ForAll @IntRange(min = 1, max = 65) int height,
                                         @ForAll @IntRange(min = 2, max = 16) int bits,
                                         @ForAll boolean signed, @ForAll boolean colour,
                                         @ForAll @IntRange(min = 0, max = 1000) int seed) {
        FrameFormat format = J2kTestImages.format(width, height, colour ? 3 : 1, bits, signed);
        byte[] image = J2kTestImages.image(format, seed);
        byte[] stream;
        try {
            stream = new J2kLosslessEncoder().encode(image, format, EncodeOptions.DEFAULT);
        } catch (CodecFailure e) {
            Assume.that(false); // the library's encoder cannot code a few tiny frames losslessly
            return;
        }
        J2kCodestream s = J2kCodestream.read(stream);
        int[][] planes = CodestreamDecoder.decode(stream, s);
        assertThat(planes).hasNumberOfRows(format.samplesPerPixel());
        assertThat(new J2kDecoder().decode(stream, format, DecodeOptions.DEFAULT).samples()).isEqualTo(image);
    }
}
