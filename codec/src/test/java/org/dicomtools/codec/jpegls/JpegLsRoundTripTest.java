// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
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

    @Test
    void everyInterleaveModeRoundTripsColour() {
        long seed = 500;
        for (int ilv = 0; ilv <= 2; ilv++) {
            for (LsTestImages.Kind kind : LsTestImages.Kind.values()) {
                FrameFormat f = LsTestImages.format(23, 11, 3, 10);
                byte[] image = LsTestImages.image(f, kind, seed++);
                byte[] stream = ENCODER.encode(image, f, 0, 0, ilv, PresetParameters.NONE);
                assertThat(LsTestImages.decode(stream, f)).as("ILV %d, %s", ilv, kind).isEqualTo(image);
            }
        }
    }

    @Test
    void greyIsOneScanWithoutInterleaveAndColourOneLineInterleavedScanWithoutLse() {
        FrameFormat grey = LsTestImages.format(5, 4, 1, 12);
        byte[] g = ENCODER.encode(LsTestImages.image(grey, LsTestImages.Kind.SMOOTH, 1), grey, EncodeOptions.DEFAULT);
        FrameFormat rgb = LsTestImages.format(5, 4, 3, 8);
        byte[] c = ENCODER.encode(LsTestImages.image(rgb, LsTestImages.Kind.SMOOTH, 1), rgb, EncodeOptions.DEFAULT);
        // SOI, SOF55 (2 + 11 or 17 bytes), then SOS (FF DA) directly: no LSE for default parameters.
        assertThat(g[16] & 0xFF).isEqualTo(0xDA);
        assertThat(g[23] & 0xFF).as("ILV").isEqualTo(0);
        assertThat(c[22] & 0xFF).isEqualTo(0xDA);
        assertThat(c[25] & 0xFF).as("components in the scan").isEqualTo(3);
        assertThat(c[33] & 0xFF).as("ILV").isEqualTo(1);
    }

    @Test
    void signedSamplesComeBackSignExtended() {
        FrameFormat f = new FrameFormat(7, 5, 1, 16, 12, true, false);
        byte[] image = new byte[70];
        for (int i = 0; i < 35; i++) {
            LsTestImages.put(image, i, 2, (short) ((i * 397) % 4096 - 2048)); // -2048..2047, sign-extended
        }
        byte[] stream = ENCODER.encode(image, f, EncodeOptions.DEFAULT);
        assertThat(LsTestImages.decode(stream, f)).isEqualTo(image);
    }

    @Test
    void bitsAboveBitsStoredAreIgnored() {
        FrameFormat f = LsTestImages.format(6, 6, 1, 10);
        byte[] image = LsTestImages.image(f, LsTestImages.Kind.NOISE, 3);
        byte[] dirty = image.clone();
        for (int i = 1; i < dirty.length; i += 2) {
            dirty[i] |= (byte) 0xF0;
        }
        assertThat(LsTestImages.decode(ENCODER.encode(dirty, f, EncodeOptions.DEFAULT), f)).isEqualTo(image);
    }

    @Test
    void oneBitSamplesAreCodedAtPrecisionTwo() {
        FrameFormat f = new FrameFormat(9, 7, 1, 8, 1, false, false);
        byte[] image = new byte[63];
        for (int i = 0; i < 63; i++) {
            image[i] = (byte) ((i / 4 + i / 9) & 1);
        }
        byte[] stream = ENCODER.encode(image, f, EncodeOptions.DEFAULT);
        assertThat(stream[6]).as("precision").isEqualTo((byte) 2);
        assertThat(LsTestImages.decode(stream, f)).isEqualTo(image);
    }

    @Test
    void thirtyTwoBitBuffersAndColourSpaces() {
        FrameFormat f = new FrameFormat(5, 3, 3, 32, 16, false, true);
        byte[] image = new byte[(int) f.frameLength()];
        for (int i = 0; i < 45; i++) {
            LsTestImages.put(image, i, 4, (i * 7919) & 0xFFFF);
        }
        byte[] stream = ENCODER.encode(image, f, EncodeOptions.DEFAULT);
        DecodedFrame frame = new JpegLsDecoder().decode(stream, f, DecodeOptions.DEFAULT);
        assertThat(frame.samples()).isEqualTo(LsTestImages.toPlanarInverse(image, f));
        assertThat(frame.colorSpace()).isEqualTo(ColorSpace.UNKNOWN);
        FrameFormat grey = LsTestImages.format(2, 2, 1, 8);
        assertThat(new JpegLsDecoder().decode(ENCODER.encode(new byte[4], grey, EncodeOptions.DEFAULT), grey,
                DecodeOptions.DEFAULT).colorSpace()).isEqualTo(ColorSpace.MONOCHROME);
    }
}
