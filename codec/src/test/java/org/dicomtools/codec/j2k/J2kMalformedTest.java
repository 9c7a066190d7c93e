// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

class J2kMalformedTest {
    private static final J2kDecoder DECODER = new J2kDecoder();
    private static final FrameFormat GREY = J2kTestImages.format(24, 16, 1, 12, false);
    private static final byte[] STREAM = new J2kLosslessEncoder().encode(J2kTestImages.image(GREY, 1), GREY,
            EncodeOptions.DEFAULT);

    private static void refused(byte[] data, FrameFormat expected, String message) {
        assertThatThrownBy(() -> DECODER.decode(data, expected, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining(message);
    }

    @Test
    void somethingElseIsNotJpeg2000() {
        refused(new byte[0], GREY, "not a JPEG 2000");
        refused(new byte[] {(byte) 0xFF, 0x4F}, GREY, "not a JPEG 2000");
        refused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, GREY, "not a JPEG 2000");
        byte[] noise = new byte[500];
        new Random(1).nextBytes(noise);
        refused(noise, GREY, "not a JPEG 2000");
    }

    @Test
    void everyTruncationIsRefused() {
        int end = J2kCodestream.read(STREAM).end();
        for (int n = 2; n < end - 2; n++) {
            byte[] cut = Arrays.copyOf(STREAM, n);
            assertThat(catchThrowable(() -> DECODER.decode(cut, GREY, DecodeOptions.DEFAULT)))
                    .as("cut to %d of %d bytes", n, end).isInstanceOf(CodecFailure.class);
        }
    }

    @Test
    void aWholeStreamWithoutItsEocIsForgiven() {
        byte[] noEoc = Arrays.copyOf(STREAM, STREAM.length - 2);
        assertThat(DECODER.decode(noEoc, GREY, DecodeOptions.DEFAULT).samples())
                .isEqualTo(J2kTestImages.image(GREY, 1));
    }

    @Test
    void aTruncatedJp2FileIsRefused() {
        byte[] jp2 = J2kTestImages.libraryLossless(J2kTestImages.image(GREY, 2), GREY, 0, true);
        refused(Arrays.copyOf(jp2, jp2.length - 10), GREY, "JP2 box");
        byte[] header = Arrays.copyOf(jp2, J2kCodestream.read(jp2).start() - 8);
        refused(header, GREY, "jp2c");
    }

    @Test
    void aStreamThatIsNotTheFrameIsRefused() {
        refused(STREAM, J2kTestImages.format(25, 16, 1, 12, false), "24x16, expected 25x16");
        refused(STREAM, J2kTestImages.format(24, 16, 3, 12, false), "1 components, expected 3");
        refused(STREAM, J2kTestImages.format(24, 16, 1, 14, false), "precision 12 is below bits stored 14");
        refused(STREAM, new FrameFormat(24, 16, 1, 32, 12, false, false), "up to 16 bits");
    }

    @Test
    void brokenHeadersAreRefused() {
        byte[] noComponents = STREAM.clone();
        noComponents[40] = 0;
        noComponents[41] = 0;
        refused(noComponents, GREY, "cannot hold 0 components");
        byte[] subsampled = STREAM.clone();
        subsampled[43] = 2;
        refused(subsampled, GREY, "subsampled");
        byte[] emptyImage = STREAM.clone();
        System.arraycopy(new byte[4], 0, emptyImage, 8, 4);
        refused(emptyImage, GREY, "SIZ geometry");
        byte[] badTile = STREAM.clone();
        int sot = J2kCodestreamTestAccess.firstSot(STREAM);
        badTile[sot + 5] = 7;
        refused(badTile, GREY, "tile 7 of 1");
    }

    @Test
    void corruptCodedDataFailsOnlyAsCodecFailure() {
        // JPEG 2000 has no checksums: flipped bytes in the coded data may decode to other pixels without a word,
        // but must never escape as anything but a CodecFailure.
        int from = J2kCodestreamTestAccess.firstSot(STREAM) + 14;
        Random rnd = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            byte[] bad = STREAM.clone();
            for (int k = 0; k < 1 + trial % 4; k++) {
                bad[from + rnd.nextInt(bad.length - 2 - from)] = (byte) rnd.nextInt(256);
            }
            Throwable thrown = catchThrowable(() -> DECODER.decode(bad, GREY, DecodeOptions.DEFAULT));
            if (thrown != null) {
                assertThat(thrown).as("trial %d", trial).isInstanceOf(CodecFailure.class);
            }
        }
    }
}
