// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.Raster;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CodestreamDecoderTest {

    /** Our decoder's planes against the library's raster, sample for sample. */
    static void sameAsLibrary(byte[] stream, int tolerance) {
        J2kCodestream s = J2kCodestream.read(stream);
        int[][] ours = CodestreamDecoder.decode(stream, s);
        Raster lib = J2kLibrary.read(stream, s.start(), s.end() - s.start());
        int w = s.width();
        int h = s.height();
        int[] theirs = new int[w * h];
        int mask = (1 << s.precision()) - 1;
        for (int c = 0; c < s.components(); c++) {
            lib.getSamples(lib.getMinX(), lib.getMinY(), w, h, c, theirs);
            for (int i = 0; i < theirs.length; i++) {
                int d = (ours[c][i] - theirs[i]) & mask;
                if (Math.min(d, mask + 1 - d) > tolerance) {
                    throw new AssertionError("component " + c + " sample " + i + " (" + i % w + "," + i / w
                            + "): ours " + ours[c][i] + ", library " + theirs[i]);
                }
            }
        }
    }

    @Test
    void ourEncodersLosslessStreamsDecodeLikeTheLibrary() {
        for (int[] shape : new int[][] {{45, 31, 1, 12}, {64, 64, 1, 16}, {100, 37, 3, 8}, {1, 1, 1, 8},
                {200, 150, 3, 12}, {17, 5, 1, 2}}) {
            for (boolean signed : new boolean[] {false, true}) {
                FrameFormat f = J2kTestImages.format(shape[0], shape[1], shape[2], shape[3], signed);
                byte[] image = J2kTestImages.image(f, shape[3]);
                byte[] stream = new J2kLosslessEncoder().encode(image, f, EncodeOptions.DEFAULT);
                sameAsLibrary(stream, 0);
            }
        }
    }

    /** OpenJPEG and our decoder agree to the sample on 9/7 streams; the library is up to 2 away at 16 bits. */
    @Test
    void lossyStreamsDecodeExactlyLikeOpenJpeg() {
        Assumptions.assumeTrue(OpenJpegTool.available(), "OpenJPEG's tools are not installed");
        for (int[] shape : new int[][] {{45, 31, 1, 12}, {64, 64, 1, 16}, {100, 37, 3, 8}, {200, 150, 3, 12}}) {
            for (boolean signed : new boolean[] {false, true}) {
                FrameFormat f = J2kTestImages.format(shape[0], shape[1], shape[2], shape[3], signed);
                byte[] stream = new J2kLossyEncoder().encode(J2kTestImages.image(f, shape[3]), f,
                        EncodeOptions.DEFAULT);
                J2kCodestream s = J2kCodestream.read(stream);
                int[][] ours = CodestreamDecoder.decode(stream, s);
                int[][] opj = OpenJpegTool.decode(stream, s.components(), f.pixels(), s.precision(), signed);
                for (int c = 0; c < s.components(); c++) {
                    assertThat(java.util.Arrays.mismatch(ours[c], opj[c])).as("%s component %d", f, c)
                            .isEqualTo(-1);
                }
            }
        }
    }

    @Test
    void lossyStreamsDecodeLikeTheLibrary() {
        for (int[] shape : new int[][] {{45, 31, 1, 12}, {64, 64, 1, 16}, {100, 37, 3, 8}, {200, 150, 3, 12}}) {
            FrameFormat f = J2kTestImages.format(shape[0], shape[1], shape[2], shape[3], false);
            byte[] image = J2kTestImages.image(f, shape[3]);
            byte[] stream = new J2kLossyEncoder().encode(image, f, EncodeOptions.DEFAULT);
            sameAsLibrary(stream, 2);
        }
    }
}
