// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import javax.imageio.plugins.jpeg.JPEGHuffmanTable;
import org.dicomtools.codec.CodecFailure;
import org.junit.jupiter.api.Test;

class HuffmanTableTest {

    private static String codeOf(HuffmanTable t, int symbol) {
        StringBuilder sb = new StringBuilder(Integer.toBinaryString(t.code(symbol)));
        while (sb.length() < t.size(symbol)) {
            sb.insert(0, '0');
        }
        return sb.toString();
    }

    @Test
    void standardTablesGiveTheCodesOfAnnexK3() {
        assertThat(codeOf(HuffmanTable.DC_LUMINANCE, 0)).isEqualTo("00");
        assertThat(codeOf(HuffmanTable.DC_LUMINANCE, 1)).isEqualTo("010");
        assertThat(codeOf(HuffmanTable.DC_LUMINANCE, 5)).isEqualTo("110");
        assertThat(codeOf(HuffmanTable.DC_LUMINANCE, 6)).isEqualTo("1110");
        assertThat(codeOf(HuffmanTable.DC_LUMINANCE, 11)).isEqualTo("111111110");
        assertThat(codeOf(HuffmanTable.DC_CHROMINANCE, 2)).isEqualTo("10");
        assertThat(codeOf(HuffmanTable.DC_CHROMINANCE, 11)).isEqualTo("11111111110");
        assertThat(codeOf(HuffmanTable.AC_LUMINANCE, 0x00)).isEqualTo("1010");
        assertThat(codeOf(HuffmanTable.AC_LUMINANCE, 0x01)).isEqualTo("00");
        assertThat(codeOf(HuffmanTable.AC_LUMINANCE, 0x11)).isEqualTo("1100");
        assertThat(codeOf(HuffmanTable.AC_LUMINANCE, 0xF0)).isEqualTo("11111111001");
        assertThat(codeOf(HuffmanTable.AC_LUMINANCE, 0xFA)).isEqualTo("1111111111111110");
        assertThat(codeOf(HuffmanTable.AC_CHROMINANCE, 0x00)).isEqualTo("00");
        assertThat(codeOf(HuffmanTable.AC_CHROMINANCE, 0xF0)).isEqualTo("1111111010");
    }

    @Test
    void standardTablesMatchTheJdksCopyOfAnnexK3() {
        assertSame(HuffmanTable.DC_LUMINANCE, JPEGHuffmanTable.StdDCLuminance);
        assertSame(HuffmanTable.DC_CHROMINANCE, JPEGHuffmanTable.StdDCChrominance);
        assertSame(HuffmanTable.AC_LUMINANCE, JPEGHuffmanTable.StdACLuminance);
        assertSame(HuffmanTable.AC_CHROMINANCE, JPEGHuffmanTable.StdACChrominance);
    }

    private static void assertSame(HuffmanTable ours, JPEGHuffmanTable jdk) {
        int[] bits = new int[16];
        for (int i = 0; i < 16; i++) {
            bits[i] = jdk.getLengths()[i];
        }
        int[] values = new int[jdk.getValues().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = jdk.getValues()[i];
        }
        assertThat(ours.bits()).containsExactly(bits);
        assertThat(ours.values()).containsExactly(values);
    }

    @Test
    void overfullTablesAreRejected() {
        int[] bits = new int[16];
        bits[0] = 3;
        assertThatThrownBy(() -> HuffmanTable.of(bits, new int[] {0, 1, 2})).isInstanceOf(CodecFailure.class);
        assertThatThrownBy(() -> HuffmanTable.of(new int[16], new int[] {1})).isInstanceOf(CodecFailure.class);
    }

    @Test
    void optimalTablesNeverExceed16BitsAndKeepTheAllOnesCodeFree() {
        long[] fib = new long[40];
        fib[0] = 1;
        fib[1] = 1;
        for (int i = 2; i < fib.length; i++) {
            fib[i] = fib[i - 1] + fib[i - 2];
        }
        long[] skewed17 = new long[17];
        System.arraycopy(fib, 0, skewed17, 0, 17);
        long[] skewed256 = new long[256];
        for (int i = 0; i < 256; i++) {
            skewed256[i] = i < 40 ? fib[39 - i] : 1;
        }
        long[] sparse = new long[256];
        sparse[7] = 5;
        long[] random = new long[256];
        Random rnd = new Random(1);
        for (int i = 0; i < 256; i++) {
            random[i] = rnd.nextInt(4) == 0 ? 0 : 1L << rnd.nextInt(40);
        }
        for (long[] f : new long[][] {skewed17, skewed256, sparse, random}) {
            HuffmanTable t = HuffmanTable.optimal(f);
            double kraft = 0;
            for (int s = 0; s < f.length; s++) {
                assertThat(t.size(s) > 0).isEqualTo(f[s] > 0);
                assertThat(t.size(s)).isLessThanOrEqualTo(16);
                if (t.size(s) > 0) {
                    kraft += Math.pow(2, -t.size(s));
                    assertThat(Integer.bitCount(t.code(s))).isLessThan(t.size(s));
                }
            }
            assertThat(kraft).isLessThan(1.0);
        }
        assertThat(HuffmanTable.optimal(sparse).size(7)).isEqualTo(1);
    }

    @Test
    void optimalTableGivesFrequentSymbolsShorterCodes() {
        HuffmanTable t = HuffmanTable.optimal(new long[] {100, 50, 25, 12, 6, 3});
        assertThat(t.size(0)).isEqualTo(1);
        assertThat(t.size(1)).isEqualTo(2);
        assertThat(t.size(2)).isEqualTo(3);
        assertThat(t.size(5)).isEqualTo(6);
    }

    @Test
    void everyCodeDecodesToItsSymbolIncludingLongOnes() {
        for (HuffmanTable t : new HuffmanTable[] {HuffmanTable.AC_LUMINANCE, HuffmanTable.AC_CHROMINANCE,
                HuffmanTable.DC_CHROMINANCE}) {
            BitWriter w = new BitWriter();
            for (int v : t.values()) {
                w.write(t.code(v), t.size(v));
            }
            w.flush();
            byte[] bytes = w.toByteArray();
            BitReader r = new BitReader(bytes, 0, bytes.length);
            for (int v : t.values()) {
                assertThat(r.decode(t)).isEqualTo(v);
            }
            assertThat(r.paddingBits()).isLessThan(8);
        }
    }

    @Test
    void anUnassignedCodeIsACodecFailure() {
        int[] bits = new int[16];
        bits[0] = 1;
        HuffmanTable onlyZero = HuffmanTable.of(bits, new int[] {4});
        byte[] ones = {(byte) 0xFE, 0x7F, 0x7F};
        assertThatThrownBy(() -> new BitReader(ones, 0, 3).decode(onlyZero)).isInstanceOf(CodecFailure.class)
                .hasMessageContaining("Huffman");
        int[] longBits = new int[16];
        longBits[11] = 1;
        HuffmanTable twelve = HuffmanTable.of(longBits, new int[] {9});
        byte[] bad = {0x00, 0x10, 0x00};
        assertThatThrownBy(() -> new BitReader(bad, 0, 3).decode(twelve)).isInstanceOf(CodecFailure.class);
        assertThat(new BitReader(new byte[3], 0, 3).decode(twelve)).isEqualTo(9);
    }
}
