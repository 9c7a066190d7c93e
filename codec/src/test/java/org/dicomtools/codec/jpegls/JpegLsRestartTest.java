// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

class JpegLsRestartTest {
    private static final JpegLsEncoder ENCODER = new JpegLsEncoder();

    @Test
    void everyIntervalInterleaveModeAndNearRoundTrips() {
        long seed = 7;
        for (int restart : new int[] {1, 2, 3, 7, 40}) {
            for (int components : new int[] {1, 3}) {
                for (int ilv = 0; ilv <= 2; ilv++) {
                    for (int near = 0; near <= 2; near += 2) {
                        for (LsTestImages.Kind kind : LsTestImages.Kind.values()) {
                            FrameFormat f = LsTestImages.format(13, 17, components, 12);
                            byte[] image = LsTestImages.image(f, kind, seed++);
                            byte[] stream = ENCODER.encode(image, f, near, restart, ilv, PresetParameters.NONE);
                            LsTestImages.assertWithin(LsTestImages.decode(stream, f), image, f, near);
                        }
                    }
                }
            }
        }
    }

    @Test
    void writesDriAndOneMarkerPerIntervalNumberedModuloEight() {
        FrameFormat f = LsTestImages.format(8, 20, 1, 8);
        byte[] image = LsTestImages.image(f, LsTestImages.Kind.NOISE, 1);
        byte[] stream = ENCODER.encode(image, f, EncodeOptions.DEFAULT.withRestartInterval(2));
        assertThat(markers(stream, 0xDD)).isEqualTo(1);
        // 20 lines in intervals of 2: markers RST0..RST7, RST0 after lines 2, 4, ... 18.
        int rst = 0;
        for (int m = 0xD0; m <= 0xD7; m++) {
            rst += markers(stream, m);
        }
        assertThat(rst).isEqualTo(9);
        assertThat(markers(stream, 0xD0)).isEqualTo(2);
        assertThat(LsTestImages.decode(stream, f)).isEqualTo(image);
    }

    @Test
    void intervalsAreIndependent() {
        // With the context model reset and the line above taken as zeros, an interval codes the same wherever it is.
        FrameFormat half = LsTestImages.format(16, 4, 1, 8);
        byte[] top = LsTestImages.image(half, LsTestImages.Kind.SMOOTH, 3);
        byte[] both = new byte[top.length * 2];
        System.arraycopy(top, 0, both, 0, top.length);
        System.arraycopy(top, 0, both, top.length, top.length);
        byte[] alone = ENCODER.encode(top, half, EncodeOptions.DEFAULT);
        byte[] twice = ENCODER.encode(both, LsTestImages.format(16, 8, 1, 8),
                EncodeOptions.DEFAULT.withRestartInterval(4));
        byte[] data = java.util.Arrays.copyOfRange(alone, indexOf(alone, 0xDA) + 9, alone.length - 2);
        int first = indexOf(twice, 0xDA) + 9;
        int rst = indexOf(twice, 0xD0);
        assertThat(java.util.Arrays.copyOfRange(twice, first, rst - 1)).isEqualTo(data);
        assertThat(java.util.Arrays.copyOfRange(twice, rst + 1, twice.length - 2)).isEqualTo(data);
    }

    private static int markers(byte[] s, int code) {
        int n = 0;
        for (int i = 0; i + 1 < s.length; i++) {
            if (s[i] == (byte) 0xFF && (s[i + 1] & 0xFF) == code) {
                n++;
            }
        }
        return n;
    }

    private static int indexOf(byte[] s, int code) {
        for (int i = 0; i + 1 < s.length; i++) {
            if (s[i] == (byte) 0xFF && (s[i + 1] & 0xFF) == code) {
                return i + 1;
            }
        }
        throw new AssertionError("no marker " + code);
    }
}
