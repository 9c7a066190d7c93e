// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.rle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encoding then decoding gives back every byte, in every layout the codec takes. */
class RleRoundTripTest {

    private static final RleEncoder ENCODER = new RleEncoder();
    private static final RleDecoder DECODER = new RleDecoder();

    /** Encodes, checks the stream against Annex G, decodes, and checks the interleaved result. */
    private static void assertRoundTrip(byte[] samples, FrameFormat format) {
        byte[] encoded = ENCODER.encode(samples, format, EncodeOptions.DEFAULT);
        RleBytes.assertConforms(encoded, format);
        DecodedFrame decoded = DECODER.decode(encoded, format, DecodeOptions.DEFAULT);
        byte[] expected = format.planar() ? RleBytes.interleave(samples, format) : samples;
        assertThat(decoded.samples()).isEqualTo(expected);
        assertThat(decoded.format()).isEqualTo(format.withPlanar(false));
        assertThat(decoded.colorSpace())
                .isEqualTo(format.samplesPerPixel() == 3 ? ColorSpace.RGB : ColorSpace.MONOCHROME);
    }

    static Stream<Arguments> layouts() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (int bits : new int[] {8, 16, 32}) {
            for (int samples : new int[] {1, 3}) {
                for (boolean planar : new boolean[] {false, true}) {
                    b.add(Arguments.of(bits, samples, planar));
                }
            }
        }
        return b.build();
    }

    private static FrameFormat format(int columns, int rows, int samples, int bits, boolean planar) {
        return new FrameFormat(columns, rows, samples, bits, bits, false, planar);
    }

    @ParameterizedTest(name = "{0} bits, {1} samples, planar {2}")
    @MethodSource("layouts")
    void onePixel(int bits, int samples, boolean planar) {
        FrameFormat format = format(1, 1, samples, bits, planar);
        assertRoundTrip(random(format, 256, 1), format);
    }

    @ParameterizedTest(name = "{0} bits, {1} samples, planar {2}")
    @MethodSource("layouts")
    void oddSizeWithFewValues(int bits, int samples, boolean planar) {
        FrameFormat format = format(3, 5, samples, bits, planar);
        assertRoundTrip(random(format, 2, 2), format);
        assertRoundTrip(random(format, 256, 3), format);
    }

    @ParameterizedTest(name = "{0} bits, {1} samples, planar {2}")
    @MethodSource("layouts")
    void allEqualRows(int bits, int samples, boolean planar) {
        FrameFormat format = format(300, 4, samples, bits, planar);
        byte[] data = new byte[(int) format.frameLength()];
        Arrays.fill(data, (byte) 0xA5);
        assertRoundTrip(data, format);
    }

    @ParameterizedTest(name = "{0} bits, {1} samples, planar {2}")
    @MethodSource("layouts")
    void allDifferentRows(int bits, int samples, boolean planar) {
        FrameFormat format = format(300, 4, samples, bits, planar);
        byte[] data = new byte[(int) format.frameLength()];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + i / 256);
        }
        assertRoundTrip(data, format);
    }

    @ParameterizedTest(name = "{0} bits, {1} samples, planar {2}")
    @MethodSource("layouts")
    void runsOf129AndNeighbours(int bits, int samples, boolean planar) {
        // Rows of 129, 130, 131 and 257 columns; each row one run of its own value, plus a changed byte or two.
        for (int columns : new int[] {127, 128, 129, 130, 131, 257}) {
            FrameFormat format = format(columns, 3, samples, bits, planar);
            byte[] data = new byte[(int) format.frameLength()];
            int rowBytes = data.length / 3;
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) (i / rowBytes);
            }
            data[data.length - 1] = 9;
            data[rowBytes / 2] = 9;
            assertRoundTrip(data, format);
        }
    }

    @Test
    void everyRowOfUpTo9BytesOverThreeValues() {
        // 3^9 rows: every mix of pairs, triples and singles, at every position, that short rows allow.
        for (int length = 1; length <= 9; length++) {
            FrameFormat format = format(length, 1, 1, 8, false);
            byte[] row = new byte[length];
            for (int code = 0, count = (int) Math.pow(3, length); code < count; code++) {
                for (int i = 0, c = code; i < length; i++, c /= 3) {
                    row[i] = (byte) (c % 3);
                }
                assertRoundTrip(row, format);
            }
        }
    }

    /** The property of the brief: random frames of every layout round-trip exactly. */
    @Property(tries = 400)
    void randomFramesRoundTrip(@ForAll @IntRange(min = 1, max = 64) int columns,
                               @ForAll @IntRange(min = 1, max = 64) int rows,
                               @ForAll @IntRange(min = 0, max = 2) int depth,
                               @ForAll boolean colour,
                               @ForAll boolean planar,
                               @ForAll @IntRange(min = 1, max = 256) int distinctValues,
                               @ForAll long seed) {
        int bits = 8 << depth;
        FrameFormat format = new FrameFormat(columns, rows, colour ? 3 : 1, bits, bits, false, planar);
        assertRoundTrip(random(format, distinctValues, seed), format);
    }

    /**
     * Random samples drawn from {@code distinctValues} byte values, in stretches of repeated bytes so that runs of
     * every length turn up.
     */
    private static byte[] random(FrameFormat format, int distinctValues, long seed) {
        Random random = new Random(seed);
        byte[] data = new byte[(int) format.frameLength()];
        int i = 0;
        while (i < data.length) {
            byte value = (byte) random.nextInt(distinctValues);
            int stretch = random.nextInt(4) == 0 ? 1 + random.nextInt(200) : 1;
            for (int end = Math.min(data.length, i + stretch); i < end; i++) {
                data[i] = value;
            }
        }
        return data;
    }
}
