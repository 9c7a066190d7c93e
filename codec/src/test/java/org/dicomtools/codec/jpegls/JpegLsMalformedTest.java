// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.codec.jpeg.JpegLosslessEncoder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class JpegLsMalformedTest {
    private static final JpegLsEncoder ENCODER = new JpegLsEncoder();
    private static final FrameFormat GREY = LsTestImages.format(20, 13, 1, 12);
    private static final FrameFormat RGB = LsTestImages.format(11, 9, 3, 8);

    private static byte[] decode(byte[] stream, FrameFormat f) {
        return new JpegLsDecoder().decode(stream, f, DecodeOptions.DEFAULT).samples();
    }

    private static byte[] insertAfterSoi(byte[] stream, byte[] segment) {
        byte[] out = new byte[stream.length + segment.length];
        System.arraycopy(stream, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(stream, 2, out, 2 + segment.length, stream.length - 2);
        return out;
    }

    private static int find(byte[] s, int code) {
        for (int i = 0; i + 1 < s.length; i++) {
            if (s[i] == (byte) 0xFF && (s[i + 1] & 0xFF) == code) {
                return i;
            }
        }
        throw new AssertionError("no marker " + code);
    }

    @Test
    void everyTruncationFailsWithAnOffsetOrDecodesExactly() {
        Object[][] cases = {
            {GREY, ENCODER.encode(LsTestImages.image(GREY, LsTestImages.Kind.SMOOTH, 1), GREY, 0, 0, 0,
                    PresetParameters.NONE), LsTestImages.image(GREY, LsTestImages.Kind.SMOOTH, 1)},
            {RGB, ENCODER.encode(LsTestImages.image(RGB, LsTestImages.Kind.PATCHES, 2), RGB, 0, 3, 1,
                    PresetParameters.NONE), LsTestImages.image(RGB, LsTestImages.Kind.PATCHES, 2)},
            {RGB, ENCODER.encode(LsTestImages.image(RGB, LsTestImages.Kind.NOISE, 3), RGB, 0, 2, 2,
                    PresetParameters.NONE), LsTestImages.image(RGB, LsTestImages.Kind.NOISE, 3)},
        };
        for (Object[] c : cases) {
            FrameFormat f = (FrameFormat) c[0];
            byte[] stream = (byte[]) c[1];
            byte[] image = (byte[]) c[2];
            for (int cut = 0; cut < stream.length; cut++) {
                byte[] part = Arrays.copyOf(stream, cut);
                try {
                    assertThat(decode(part, f)).as("cut at %d", cut).isEqualTo(image);
                } catch (CodecFailure e) {
                    assertThat(e.getMessage()).as("cut at %d", cut).containsAnyOf("offset", "no scan", "EOI");
                }
            }
        }
    }

    @Test
    void corruptStreamsFailCleanlyAndQuickly() {
        byte[] image = LsTestImages.image(RGB, LsTestImages.Kind.SMOOTH, 4);
        byte[][] streams = {ENCODER.encode(image, RGB, 0, 0, 1, PresetParameters.NONE),
            ENCODER.encode(image, RGB, 2, 2, 2, PresetParameters.NONE),
            ENCODER.encode(image, RGB, 0, 0, 0, PresetParameters.NONE)};
        Random rnd = new Random(11);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int trial = 0; trial < 3000; trial++) {
                byte[] s = streams[trial % streams.length].clone();
                int flips = 1 + rnd.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    int at = rnd.nextInt(s.length);
                    s[at] = rnd.nextInt(3) == 0 ? (byte) 0xFF : (byte) rnd.nextInt(256);
                }
                try {
                    decode(s, RGB);
                } catch (CodecFailure expected) {
                    // fine: corrupt input is either decoded to something or refused, never anything else
                }
            }
        });
    }

    @Test
    void hpColourTransformsAreRefusedAndTransformZeroIsFine() {
        byte[] image = LsTestImages.image(RGB, LsTestImages.Kind.SMOOTH, 5);
        byte[] stream = ENCODER.encode(image, RGB, EncodeOptions.DEFAULT);
        for (int id = 1; id <= 3; id++) {
            byte[] hp = insertAfterSoi(stream, new byte[] {(byte) 0xFF, (byte) 0xE8, 0, 7, 'm', 'r', 'f', 'x',
                (byte) id});
            assertThatThrownBy(() -> decode(hp, RGB)).isInstanceOf(CodecFailure.class)
                    .hasMessage("HP colour transform " + id + " is not supported");
        }
        byte[] none = insertAfterSoi(stream, new byte[] {(byte) 0xFF, (byte) 0xE8, 0, 7, 'm', 'r', 'f', 'x', 0});
        assertThat(decode(none, RGB)).isEqualTo(image);
    }

    @Test
    void aStreamThatDoesNotMatchTheExpectedFrameIsRefused() {
        byte[] stream = ENCODER.encode(LsTestImages.image(GREY, LsTestImages.Kind.SMOOTH, 6), GREY,
                EncodeOptions.DEFAULT);
        assertThatThrownBy(() -> decode(stream, LsTestImages.format(21, 13, 1, 12)))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("expected 21x13");
        assertThatThrownBy(() -> decode(stream, LsTestImages.format(20, 12, 1, 12)))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("expected 20x12");
        assertThatThrownBy(() -> decode(stream, LsTestImages.format(20, 13, 3, 12)))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("components");
        assertThatThrownBy(() -> decode(stream, LsTestImages.format(20, 13, 1, 14)))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("precision 12 is below bits stored 14");
        assertThat(decode(stream, LsTestImages.format(20, 13, 1, 10))).hasSize(520);
    }

    @Test
    void otherCodestreamsAndGarbageAreRefused() {
        FrameFormat f = LsTestImages.format(4, 4, 1, 8);
        byte[] lossless = new JpegLosslessEncoder().encode(new byte[16], f, EncodeOptions.DEFAULT);
        assertThatThrownBy(() -> decode(lossless, f)).hasMessageContaining("not a JPEG-LS codestream: SOF3");
        assertThatThrownBy(() -> decode(new byte[0], f)).isInstanceOf(CodecFailure.class);
        assertThatThrownBy(() -> decode(new byte[] {1, 2, 3}, f)).isInstanceOf(CodecFailure.class);
        assertThatThrownBy(() -> decode(new byte[] {(byte) 0xFF, (byte) 0xD8}, f)).isInstanceOf(CodecFailure.class);
        byte[] stream = ENCODER.encode(new byte[16], f, EncodeOptions.DEFAULT);
        byte[] part2 = stream.clone();
        part2[3] = (byte) 0xF9;
        assertThatThrownBy(() -> decode(part2, f)).hasMessageContaining("SOF57");
        byte[] noFrame = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        assertThatThrownBy(() -> decode(noFrame, f)).hasMessageContaining("no JPEG-LS frame header");
    }

    @Test
    void mappingTablesPointTransformsAndSubsamplingAreRefused() {
        FrameFormat f = LsTestImages.format(4, 4, 1, 8);
        byte[] stream = ENCODER.encode(new byte[16], f, EncodeOptions.DEFAULT);
        int sos = find(stream, 0xDA);
        byte[] table = stream.clone();
        table[sos + 6] = 1;
        assertThatThrownBy(() -> decode(table, f)).hasMessageContaining("mapping tables");
        byte[] pt = stream.clone();
        pt[sos + 9] = 2;
        assertThatThrownBy(() -> decode(pt, f)).hasMessageContaining("point transform 2");
        byte[] sub = stream.clone();
        sub[find(stream, 0xF7) + 11] = 0x21;
        assertThatThrownBy(() -> decode(sub, f)).hasMessageContaining("subsampled");
    }

    @Test
    void missingScansWrongRestartMarkersAndBadParametersAreRefused() {
        byte[] image = LsTestImages.image(RGB, LsTestImages.Kind.SMOOTH, 7);
        byte[] planes = ENCODER.encode(image, RGB, 0, 0, 0, PresetParameters.NONE);
        int lastScan = planes.length - 1;
        while (!(planes[lastScan] == (byte) 0xDA && planes[lastScan - 1] == (byte) 0xFF)) {
            lastScan--;
        }
        byte[] twoScans = Arrays.copyOf(planes, lastScan + 1);
        twoScans[lastScan - 1] = (byte) 0xFF;
        twoScans[lastScan] = (byte) 0xD9;
        assertThatThrownBy(() -> decode(twoScans, RGB)).hasMessageContaining("component 3 has no scan");

        byte[] restarts = ENCODER.encode(image, RGB, 0, 2, 1, PresetParameters.NONE);
        int rst1 = find(restarts, 0xD1);
        restarts[rst1 + 1] = (byte) 0xD2;
        assertThatThrownBy(() -> decode(restarts, RGB)).hasMessageContaining("expected RST1 at byte offset " + rst1);

        assertThatThrownBy(() -> ENCODER.encode(image, RGB, 0, 0, 1, PresetParameters.explicit(0, 9, 5, 30, 64)))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("thresholds");
    }

    @Test
    void lseWithDisorderedThresholdsIsRefused() {
        byte[] stream = ENCODER.encode(new byte[16], LsTestImages.format(4, 4, 1, 8), EncodeOptions.DEFAULT);
        byte[] bad = insertAfterSoi(stream, new byte[] {(byte) 0xFF, (byte) 0xF8, 0, 13, 1, 0, 0, 0, 9, 0, 5, 0, 30,
            0, 0});
        assertThatThrownBy(() -> decode(bad, LsTestImages.format(4, 4, 1, 8)))
                .hasMessageContaining("thresholds T1=9 T2=5");
    }

    @Test
    void toleratesTrailingBytesAZeroBeforeEoiFillBytesAndAMissingEoi() {
        byte[] image = LsTestImages.image(GREY, LsTestImages.Kind.SMOOTH, 8);
        byte[] stream = ENCODER.encode(image, GREY, EncodeOptions.DEFAULT);
        int n = stream.length;
        byte[] zeroBeforeEoi = new byte[n + 1];
        System.arraycopy(stream, 0, zeroBeforeEoi, 0, n - 2);
        zeroBeforeEoi[n - 1] = (byte) 0xFF;
        zeroBeforeEoi[n] = (byte) 0xD9;
        byte[] fill = new byte[n + 1];
        System.arraycopy(stream, 0, fill, 0, n - 2);
        fill[n - 2] = (byte) 0xFF;
        fill[n - 1] = (byte) 0xFF;
        fill[n] = (byte) 0xD9;
        byte[] padded = Arrays.copyOf(stream, n + 3);
        assertThat(decode(zeroBeforeEoi, GREY)).isEqualTo(image);
        assertThat(decode(fill, GREY)).isEqualTo(image);
        assertThat(decode(padded, GREY)).isEqualTo(image);
        assertThat(decode(Arrays.copyOf(stream, n - 2), GREY)).isEqualTo(image);
    }
}
