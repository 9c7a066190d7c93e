// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.EncodeOptions.Subsampling;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our encoder through our decoder: quality, precision, colour, sampling, restarts, odd sizes, refusals. */
class DctRoundTripTest {
    private static final JpegDctEncoder ENCODER = new JpegDctEncoder();
    private static final JpegDctDecoder DECODER = new JpegDctDecoder();
    private static final EncodeOptions Q90 = EncodeOptions.DEFAULT.withQuality(90);

    private static DecodedFrame roundTrip(byte[] samples, FrameFormat f, EncodeOptions o) {
        byte[] jpeg = ENCODER.encode(samples, f, o);
        return DECODER.decode(jpeg, f, DecodeOptions.DEFAULT);
    }

    @Test
    void eightBitGreyAtQuality90IsAbove40Db() {
        FrameFormat f = new FrameFormat(128, 96, 1, 8, 8, false, false);
        byte[] samples = DctTestImages.gradient(f, 1);
        byte[] jpeg = ENCODER.encode(samples, f, Q90);
        assertThat(jpeg[3] & 0xFF).isEqualTo(0xDB);
        DecodedFrame d = DECODER.decode(jpeg, f, DecodeOptions.DEFAULT);
        assertThat(d.colorSpace()).isEqualTo(ColorSpace.MONOCHROME);
        assertThat(d.format()).isEqualTo(f);
        assertThat(DctTestImages.psnr(samples, d.samples(), f, 8)).isGreaterThan(40);
        assertThat(jpeg.length).isLessThan(samples.length / 2);
    }

    @Test
    void twelveBitGreyAtQuality90IsAbove50Db() {
        FrameFormat f = new FrameFormat(96, 80, 1, 16, 12, false, false);
        byte[] samples = DctTestImages.gradient(f, 2);
        byte[] jpeg = ENCODER.encode(samples, f, Q90);
        assertThat(containsMarker(jpeg, Markers.SOF1)).isTrue();
        DecodedFrame d = DECODER.decode(jpeg, f, DecodeOptions.DEFAULT);
        assertThat(DctTestImages.psnr(samples, d.samples(), f, 12)).isGreaterThan(50);
    }

    @Test
    void nineToElevenBitsAreCodedWithTwelveBitPrecision() {
        FrameFormat f = new FrameFormat(40, 40, 1, 16, 10, false, false);
        byte[] samples = DctTestImages.gradient(f, 2);
        byte[] jpeg = ENCODER.encode(samples, f, Q90);
        assertThat(containsMarker(jpeg, Markers.SOF1)).isTrue();
        DecodedFrame d = DECODER.decode(jpeg, f, DecodeOptions.DEFAULT);
        assertThat(DctTestImages.psnr(samples, d.samples(), f, 10)).isGreaterThan(45);
    }

    @Test
    void eightBitsInSixteenBitBuffersStayBaseline() {
        FrameFormat f = new FrameFormat(40, 24, 1, 16, 8, false, false);
        byte[] samples = DctTestImages.gradient(f, 3);
        byte[] jpeg = ENCODER.encode(samples, f, Q90);
        assertThat(containsMarker(jpeg, Markers.SOF0)).isTrue();
        DecodedFrame d = DECODER.decode(jpeg, f, DecodeOptions.DEFAULT);
        assertThat(DctTestImages.psnr(samples, d.samples(), f, 8)).isGreaterThan(40);
        // and an 8-bit stream decodes into an 8-bit buffer too
        FrameFormat narrow = new FrameFormat(40, 24, 1, 8, 8, false, false);
        assertThat(DECODER.decode(jpeg, narrow, DecodeOptions.DEFAULT).samples()).hasSize(40 * 24);
    }

    @ParameterizedTest
    @CsvSource({"S444", "S422"})
    void rgbAtQuality90IsAbove35Db(Subsampling s) {
        FrameFormat f = new FrameFormat(120, 72, 3, 8, 8, false, false);
        byte[] samples = DctTestImages.gradient(f, 4);
        DecodedFrame d = roundTrip(samples, f, Q90.withSubsampling(s));
        assertThat(d.colorSpace()).isEqualTo(ColorSpace.RGB);
        assertThat(DctTestImages.psnr(samples, d.samples(), f, 8)).isGreaterThan(35);
    }

    @Test
    void planarRgbIsReadPlaneByPlaneAndComesBackInterleaved() {
        FrameFormat interleaved = new FrameFormat(33, 17, 3, 8, 8, false, false);
        byte[] samples = DctTestImages.gradient(interleaved, 5);
        byte[] planar = new byte[samples.length];
        int n = interleaved.pixels();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                planar[c * n + i] = samples[i * 3 + c];
            }
        }
        FrameFormat pf = interleaved.withPlanar(true);
        byte[] jpeg = ENCODER.encode(planar, pf, Q90);
        DecodedFrame d = DECODER.decode(jpeg, pf, DecodeOptions.DEFAULT);
        assertThat(d.format().planar()).isFalse();
        assertThat(DctTestImages.psnr(samples, d.samples(), interleaved, 8)).isGreaterThan(35);
    }

    @Test
    void twelveBitColourRoundTrips() {
        FrameFormat f = new FrameFormat(50, 30, 3, 16, 12, false, false);
        byte[] samples = DctTestImages.gradient(f, 6);
        DecodedFrame d = roundTrip(samples, f, Q90);
        assertThat(DctTestImages.psnr(samples, d.samples(), f, 12)).isGreaterThan(45);
    }

    @Test
    void colourTransformOptionsDecideTheOutputSpace() {
        FrameFormat f = new FrameFormat(24, 16, 3, 8, 8, false, false);
        byte[] samples = DctTestImages.gradient(f, 7);
        byte[] ycc = ENCODER.encode(samples, f, Q90);
        DecodedFrame raw = DECODER.decode(ycc, f, new DecodeOptions(DecodeOptions.ColorTransform.NONE));
        assertThat(raw.colorSpace()).isEqualTo(ColorSpace.YBR_FULL);
        assertThat(DctTestImages.psnr(samples, raw.samples(), f, 8)).isLessThan(25);

        byte[] rgb = ENCODER.encode(samples, f, new EncodeOptions(90, 1, 0, Subsampling.S422, false, 0));
        DecodedFrame auto = DECODER.decode(rgb, f, DecodeOptions.DEFAULT);
        assertThat(auto.colorSpace()).isEqualTo(ColorSpace.RGB);
        assertThat(DctTestImages.psnr(samples, auto.samples(), f, 8)).isGreaterThan(38);
        DecodedFrame forced = DECODER.decode(rgb, f, new DecodeOptions(DecodeOptions.ColorTransform.TO_RGB));
        assertThat(forced.colorSpace()).isEqualTo(ColorSpace.RGB);
        assertThat(DctTestImages.psnr(samples, forced.samples(), f, 8)).isLessThan(25);
    }

    @ParameterizedTest
    @CsvSource({"1, 1, true", "1, 7, true", "3, 1, true", "3, 2, true", "3, 5, true", "1, 100, false"})
    void restartIntervalsAreWrittenAndHonoured(int spp, int interval, boolean markers) {
        FrameFormat f = new FrameFormat(45, 27, spp, 8, 8, false, false);
        byte[] samples = DctTestImages.gradient(f, 8);
        byte[] jpeg = ENCODER.encode(samples, f, Q90.withRestartInterval(interval));
        assertThat(containsMarker(jpeg, Markers.DRI)).isTrue();
        assertThat(containsMarker(jpeg, Markers.RST0)).isEqualTo(markers);
        DecodedFrame d = DECODER.decode(jpeg, f, DecodeOptions.DEFAULT);
        byte[] plain = DECODER.decode(ENCODER.encode(samples, f, Q90), f, DecodeOptions.DEFAULT).samples();
        assertThat(d.samples()).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, S444", "3, 5, 1, S444", "17, 9, 1, S444", "1, 1, 3, S422", "3, 5, 3, S422",
        "17, 9, 3, S422", "17, 9, 3, S444", "3, 5, 3, S444"})
    void oddSizesRoundTrip(int w, int h, int spp, Subsampling s) {
        FrameFormat f = new FrameFormat(w, h, spp, 8, 8, false, false);
        byte[] samples = DctTestImages.gradient(f, 9);
        DecodedFrame d = roundTrip(samples, f, EncodeOptions.DEFAULT.withQuality(95).withSubsampling(s));
        assertThat(d.samples()).hasSize(w * h * spp);
        // on a 3-pixel-wide gradient neighbours differ by ~76 levels, which 2:1 chroma averaging smears into RGB
        int bound = spp == 1 ? 6 : s == Subsampling.S444 ? 16 : 48;
        assertThat(DctTestImages.maxDifference(samples, d.samples(), f)).isLessThanOrEqualTo(bound);
    }

    @Test
    void qualityTradesSizeForError() {
        FrameFormat f = new FrameFormat(64, 64, 1, 8, 8, false, false);
        byte[] samples = DctTestImages.gradient(f, 10);
        byte[] low = ENCODER.encode(samples, f, EncodeOptions.DEFAULT.withQuality(10));
        byte[] high = ENCODER.encode(samples, f, EncodeOptions.DEFAULT.withQuality(100));
        assertThat(low.length).isLessThan(high.length / 3);
        double psnrLow = DctTestImages.psnr(samples, DECODER.decode(low, f, DecodeOptions.DEFAULT).samples(), f, 8);
        double psnrHigh = DctTestImages.psnr(samples, DECODER.decode(high, f, DecodeOptions.DEFAULT).samples(), f, 8);
        assertThat(psnrLow).isLessThan(psnrHigh);
        assertThat(psnrHigh).isGreaterThan(50);
    }

    @Test
    void extremeSamplesSurviveQualityOneAndHundred() {
        FrameFormat f = new FrameFormat(16, 16, 1, 16, 12, false, false);
        byte[] samples = new byte[(int) f.frameLength()];
        for (int i = 0; i < 256; i++) {
            DctTestImages.put(samples, f, i, ((i ^ (i >> 4)) & 1) == 0 ? 4095 : 0);
        }
        for (int q : new int[] {1, 100}) {
            DecodedFrame d = roundTrip(samples, f, EncodeOptions.DEFAULT.withQuality(q));
            assertThat(DctTestImages.psnr(samples, d.samples(), f, 12)).isGreaterThan(q == 1 ? 0 : 60);
        }
    }

    @Test
    void refusesWhatDctCannotCode() {
        FrameFormat signed = new FrameFormat(8, 8, 1, 16, 12, true, false);
        assertThatThrownBy(() -> ENCODER.encode(new byte[128], signed, Q90))
                .isInstanceOf(CodecFailure.class).hasMessage("signed data cannot be coded with DCT JPEG");
        FrameFormat sixteen = new FrameFormat(8, 8, 1, 16, 16, false, false);
        assertThatThrownBy(() -> ENCODER.encode(new byte[128], sixteen, Q90))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("at most 12 bits");
        FrameFormat rgb = new FrameFormat(8, 8, 3, 8, 8, false, false);
        assertThatThrownBy(() -> ENCODER.encode(new byte[192], rgb, Q90.withSubsampling(Subsampling.S420)))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("4:2:0 is decode-only");
        FrameFormat grey = new FrameFormat(8, 8, 1, 8, 8, false, false);
        assertThatThrownBy(() -> ENCODER.encode(new byte[10], grey, Q90))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("got 10");
    }

    static boolean containsMarker(byte[] jpeg, int marker) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                return true;
            }
        }
        return false;
    }
}
