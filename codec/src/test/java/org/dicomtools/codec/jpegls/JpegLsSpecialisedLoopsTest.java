// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

/**
 * The lossless line loops specialised for NEAR = 0 and the default MAXVAL code exactly as T.87 as written (the
 * general loops): the same bytes from the encoders, the same samples from the decoders, the original image from
 * both. The images aim at the places where the specialised loops hand over to the general code: runs, codes longer
 * than 31 bits and escape codes, coded {@code FF} bytes (bit stuffing), restart markers, line-interleaved colour.
 */
class JpegLsSpecialisedLoopsTest {
    private static final JpegLsEncoder SPECIALISED = new JpegLsEncoder(true);
    private static final JpegLsEncoder AS_WRITTEN = new JpegLsEncoder(false);
    private static final int[][] SIZES = {{1, 1}, {2, 3}, {1, 40}, {40, 1}, {17, 9}, {64, 33}, {257, 5}};

    @Test
    void everyPrecisionSizeAndContentCodesAsT87AsWritten() {
        long seed = 1000;
        for (int precision : new int[] {2, 5, 8, 10, 12, 15, 16}) {
            for (int[] size : SIZES) {
                for (LsTestImages.Kind kind : LsTestImages.Kind.values()) {
                    FrameFormat f = LsTestImages.format(size[0], size[1], 1, precision);
                    byte[] image = LsTestImages.image(f, kind, seed++);
                    assertSameCoding(image, f, 0, 0, "%d bits, %dx%d, %s".formatted(precision, size[0], size[1], kind));
                }
            }
        }
    }

    @Test
    void restartIntervalsAndColourScansCodeAsT87AsWritten() {
        long seed = 2000;
        for (int ilv = 0; ilv <= 2; ilv++) {
            for (int restart : new int[] {0, 1, 3}) {
                for (LsTestImages.Kind kind : LsTestImages.Kind.values()) {
                    FrameFormat f = LsTestImages.format(31, 12, 3, 12);
                    byte[] image = LsTestImages.image(f, kind, seed++);
                    assertSameCoding(image, f, restart, ilv, "ILV %d, restart %d, %s".formatted(ilv, restart, kind));
                }
            }
        }
    }

    @Test
    void dataFullOfFfBytesCodeAsT87AsWritten() {
        // Extremes beside noise: large errors, long codes and escape codes, whose bits put FF bytes into the coded
        // data now and then (about one byte in 256, as random bits would).
        Random rnd = new Random(7);
        for (int precision : new int[] {8, 12, 16}) {
            FrameFormat f = LsTestImages.format(300, 100, 1, precision);
            int max = (1 << precision) - 1;
            byte[] image = new byte[(int) f.frameLength()];
            for (int i = 0; i < f.pixels(); i++) {
                int v = switch (rnd.nextInt(4)) {
                    case 0 -> max;
                    case 1 -> 0;
                    case 2 -> max - rnd.nextInt(4);
                    default -> rnd.nextInt(max + 1);
                };
                LsTestImages.put(image, i, f.bytesPerSample(), v);
            }
            byte[] stream = assertSameCoding(image, f, 0, 0, precision + " bits");
            int ffs = 0;
            for (byte b : stream) {
                ffs += b == (byte) 0xFF ? 1 : 0;
            }
            assertThat(ffs).as("FF bytes in the stream").isGreaterThan(10);
        }
    }

    @Test
    void aCustomMaxvalTakesTheGeneralLoops() {
        // MAXVAL 1000 (an LSE segment): RANGE is not a power of 2, so T.87 as written codes it either way.
        FrameFormat f = LsTestImages.format(40, 20, 1, 10);
        byte[] image = LsTestImages.image(f, LsTestImages.Kind.SMOOTH, 5);
        for (int i = 0; i < f.pixels(); i++) {
            LsTestImages.put(image, i, 2, Math.min(1000, LsTestImages.get(image, i, 2)));
        }
        PresetParameters preset = PresetParameters.explicit(1000, 0, 0, 0, 0);
        byte[] a = SPECIALISED.encode(image, f, 0, 0, 0, preset);
        assertThat(AS_WRITTEN.encode(image, f, 0, 0, 0, preset)).isEqualTo(a);
        assertThat(LsTestImages.decode(a, f)).isEqualTo(image);
    }

    /** Encodes both ways, asserts the same bytes, decodes both ways, asserts the original; returns the stream. */
    private static byte[] assertSameCoding(byte[] image, FrameFormat f, int restart, int ilv, String what) {
        byte[] specialised = SPECIALISED.encode(image, f, 0, restart, ilv, PresetParameters.NONE);
        byte[] asWritten = AS_WRITTEN.encode(image, f, 0, restart, ilv, PresetParameters.NONE);
        assertThat(specialised).as("encoded, " + what).isEqualTo(asWritten);
        assertThat(new JpegLsDecoder(true).decode(specialised, f, DecodeOptions.DEFAULT).samples())
                .as("decoded by the specialised loops, " + what).isEqualTo(image);
        assertThat(new JpegLsDecoder(false).decode(specialised, f, DecodeOptions.DEFAULT).samples())
                .as("decoded as written, " + what).isEqualTo(image);
        return specialised;
    }
}
