// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.dicomtools.codec.CodecFailure;
import org.junit.jupiter.api.Test;

class BitReaderWriterTest {

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void stuffedFfReadsAsFf() {
        byte[] d = bytes(0xFF, 0x00, 0x12, 0xFF, 0x00);
        BitReader r = new BitReader(d, 0, d.length);
        assertThat(r.bits(4)).isEqualTo(0xF);
        assertThat(r.bits(8)).isEqualTo(0xF1);
        assertThat(r.bits(12)).isEqualTo(0x2FF);
        assertThat(r.markerHit()).isTrue();
        assertThat(r.paddingBits()).isZero();
    }

    @Test
    void aMarkerStopsTheReaderWhichThenSuppliesZeros() {
        byte[] d = bytes(0xAB, 0xFF, 0xD9, 0xCD);
        BitReader r = new BitReader(d, 0, d.length);
        assertThat(r.bits(8)).isEqualTo(0xAB);
        assertThat(r.bits(16)).isZero();
        assertThat(r.bit()).isZero();
        assertThat(r.markerHit()).isTrue();
        assertThat(r.paddingBits()).isEqualTo(17);
        assertThat(r.position()).isEqualTo(1);
    }

    @Test
    void restartSkipsPaddingAndTheRestartMarker() {
        byte[] d = bytes(0xA7, 0xFF, 0xFF, 0xD3, 0x5A, 0xFF, 0xD4, 0x81);
        BitReader r = new BitReader(d, 0, d.length);
        assertThat(r.bits(3)).isEqualTo(5);
        assertThat(r.restart()).isEqualTo(3);
        assertThat(r.bits(8)).isEqualTo(0x5A);
        assertThat(r.markerHit()).isTrue();
        assertThat(r.restart()).isEqualTo(4);
        assertThat(r.bits(8)).isEqualTo(0x81);
        assertThatThrownBy(r::restart).isInstanceOf(CodecFailure.class).hasMessageContaining("end of data");
        byte[] eoi = bytes(0x12, 0xFF, 0xD9);
        BitReader e = new BitReader(eoi, 0, 3);
        e.bits(2);
        assertThatThrownBy(e::restart).isInstanceOf(CodecFailure.class).hasMessageContaining("EOI");
    }

    @Test
    void extendFollowsF221() {
        assertThat(BitReader.extend(0, 0)).isZero();
        assertThat(BitReader.extend(0, 1)).isEqualTo(-1);
        assertThat(BitReader.extend(1, 1)).isEqualTo(1);
        assertThat(BitReader.extend(0, 3)).isEqualTo(-7);
        assertThat(BitReader.extend(3, 3)).isEqualTo(-4);
        assertThat(BitReader.extend(4, 3)).isEqualTo(4);
        assertThat(BitReader.extend(0, 15)).isEqualTo(-32767);
        assertThat(BitReader.extend(0x7FFF, 15)).isEqualTo(32767);
    }

    @Test
    void writerStuffsFfAndPadsWithOnes() {
        BitWriter w = new BitWriter(1);
        w.write(0xFF, 8);
        w.write(0x1, 3);
        w.flush();
        w.marker(Markers.EOI);
        assertThat(w.toByteArray()).containsExactly(bytes(0xFF, 0x00, 0x3F, 0xFF, 0xD9));
        assertThatThrownBy(() -> {
            BitWriter p = new BitWriter();
            p.write(1, 1);
            p.writeU8(0);
        }).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void randomBitsRoundTrip() {
        Random rnd = new Random(42);
        int n = 20000;
        int[] sizes = new int[n];
        int[] values = new int[n];
        BitWriter w = new BitWriter(8);
        for (int i = 0; i < n; i++) {
            sizes[i] = rnd.nextInt(17);
            values[i] = rnd.nextInt(1 << 16) & ((1 << sizes[i]) - 1);
            if (rnd.nextInt(10) == 0) {
                values[i] = (1 << sizes[i]) - 1;
            }
            w.write(values[i], sizes[i]);
        }
        w.flush();
        byte[] d = w.toByteArray();
        BitReader r = new BitReader(d, 0, d.length);
        for (int i = 0; i < n; i++) {
            assertThat(r.bits(sizes[i])).as("value %d", i).isEqualTo(values[i]);
        }
        assertThat(r.paddingBits()).isZero();
    }

    @Test
    void wholeBytesOfBitsMayBeFollowedByRawBytesWithoutFlush() {
        BitWriter w = new BitWriter();
        w.write(0xFFFF_FFFF, 32);
        w.write(0xAB, 8);
        w.writeU8(0xFF);
        w.writeU8(Markers.EOI);
        assertThat(w.size()).isEqualTo(11);
        assertThat(w.toByteArray()).containsExactly(bytes(0xFF, 0, 0xFF, 0, 0xFF, 0, 0xFF, 0, 0xAB, 0xFF, 0xD9));
    }

    @Test
    void peekLooksAheadWithoutConsuming() {
        byte[] d = bytes(0b1011_0011, 0x5A);
        BitReader r = new BitReader(d, 0, d.length);
        assertThat(r.peek(3)).isEqualTo(0b101);
        assertThat(r.peek(11)).isEqualTo(0b1011_0011_010);
        r.skip(2);
        assertThat(r.bits(6)).isEqualTo(0b11_0011);
        assertThat(r.bits(8)).isEqualTo(0x5A);
    }
}
