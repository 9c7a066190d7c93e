// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

class TileEncoderTest {

    /**
     * A 1x1 8-bit frame of 200, level shifted to 72 (7 bit-planes, 19 passes) with no wavelet levels: the markers
     * of Annex A byte for byte, and the packet header of B.10 bit for bit.
     */
    @Test
    void oneSampleStreamHasTheExpectedMarkersAndPacketHeader() {
        FrameFormat f = J2kTestImages.format(1, 1, 1, 8, false);
        byte[] s = new J2kLosslessEncoder().encode(new byte[] {(byte) 200}, f, EncodeOptions.DEFAULT);
        String hex = HexFormat.of().withUpperCase().formatHex(s);
        String header = "FF4F"
                + "FF51" + "0029" + "0000" + "00000001" + "00000001" + "00000000" + "00000000"
                + "00000001" + "00000001" + "00000000" + "00000000" + "0001" + "07" + "01" + "01"
                + "FF52" + "000C" + "00" + "00" + "0001" + "00" + "00" + "04" + "04" + "00" + "01"
                + "FF5C" + "0004" + "40" + "40";
        assertThat(hex).startsWith(header);
        int sot = header.length() / 2;
        assertThat(hex.substring(2 * sot, 2 * sot + 12)).isEqualTo("FF90000A0000");
        long psot = J2kCodestream.u32(s, sot + 6);
        assertThat(psot).isEqualTo(s.length - sot - 2);
        assertThat(hex.substring(2 * sot + 20, 2 * sot + 28)).isEqualTo("0001FF93");
        assertThat(hex).endsWith("FFD9");
        // Packet header: present 1, included 1, zero bit-planes 2 (Mb = 2 + 8 - 1 = 9, 7 coded) as 001,
        // 19 passes as 1111 01101, no Lblock increase 0, then the length in 3 + floor(log2 19) = 7 bits.
        int body = sot + 14;
        int length = s.length - 2 - body - 3;
        int bits = (s[body] & 0xFF) << 16 | (s[body + 1] & 0xFF) << 8 | (s[body + 2] & 0xFF);
        int expected = (0b1_1_001_111101101_0 << 7 | length) << 2;
        assertThat(Integer.toBinaryString(bits)).isEqualTo(Integer.toBinaryString(expected));
    }

    @Test
    void parallelAndSerialCodingMakeTheSameStream() {
        Random rnd = new Random(7);
        for (int components : new int[] {1, 3}) {
            int w = components == 1 ? 512 : 301;
            int h = components == 1 ? 512 : 299;
            int[][] planes = new int[components][w * h];
            for (int[] p : planes) {
                for (int i = 0; i < p.length; i++) {
                    p[i] = (int) (800 * Math.sin(i % w / 9.0) + rnd.nextGaussian() * 20);
                }
            }
            int[][] copy = Arrays.stream(planes).map(int[]::clone).toArray(int[][]::new);
            byte[] serial = TileEncoder.encode(planes, w, h, 12, true, components == 3, 5, false);
            byte[] parallel = TileEncoder.encode(copy, w, h, 12, true, components == 3, 5, true);
            assertThat(parallel).isEqualTo(serial);
        }
    }

    @Test
    void bandsTileThePlaneWithoutOverlap() {
        for (int levels = 0; levels <= 5; levels++) {
            int w = 37;
            int h = 70;
            int[] cover = new int[w * h];
            for (Subband[] resolution : TileEncoder.bands(w, h, levels, 8)) {
                for (Subband b : resolution) {
                    for (int y = b.y0; y < b.y0 + b.height; y++) {
                        for (int x = b.x0; x < b.x0 + b.width; x++) {
                            cover[y * w + x]++;
                        }
                    }
                }
            }
            int level = levels;
            assertThat(cover).as("levels %d", level).containsOnly(1);
        }
    }
}
