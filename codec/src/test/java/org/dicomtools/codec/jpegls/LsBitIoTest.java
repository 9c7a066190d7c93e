// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.dicomtools.codec.CodecFailure;
import org.junit.jupiter.api.Test;

class LsBitIoTest {

    @Test
    void aZeroBitIsStuffedAfterEveryFfByte() {
        LsBitWriter w = new LsBitWriter(16);
        w.write(0xFF, 8);
        w.write(0x7F, 7); // fills the 7 bits after FF
        w.write(0xFF, 8);
        w.write(1, 1);
        w.alignToByte();
        // FF, 0|1111111, FF, 0|1000000
        assertThat(w.toByteArray()).containsExactly(0xFF, 0x7F, 0xFF, 0x40);
    }

    @Test
    void aTrailingFfIsFollowedByAZeroByteSoNoMarkerCanStartThere() {
        LsBitWriter w = new LsBitWriter(16);
        w.write(0xFF, 8);
        w.alignToByte();
        w.putMarker(0xD9);
        assertThat(w.toByteArray()).containsExactly(0xFF, 0x00, 0xFF, 0xD9);
    }

    @Test
    void randomBitSequencesReadBackExactly() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rnd.nextInt(400);
            int[] values = new int[n];
            int[] lengths = new int[n];
            LsBitWriter w = new LsBitWriter(8);
            for (int i = 0; i < n; i++) {
                lengths[i] = rnd.nextInt(32);
                // Many all-ones values, to produce FF bytes.
                values[i] = rnd.nextBoolean() ? (int) ((1L << lengths[i]) - 1) : rnd.nextInt() >>> (32 - lengths[i]);
                if (lengths[i] == 0) {
                    values[i] = 0;
                }
                w.write(values[i], lengths[i]);
            }
            w.alignToByte();
            w.putMarker(0xD9);
            byte[] b = w.toByteArray();
            LsBitReader r = new LsBitReader(b, 0, b.length);
            for (int i = 0; i < n; i++) {
                assertThat(r.readBits(lengths[i])).as("value %d of trial %d", i, trial).isEqualTo(values[i]);
            }
            assertThat(r.overran()).isFalse();
        }
    }

    @Test
    void golombCodesAndZerosAcrossTheAccumulator() {
        LsBitWriter w = new LsBitWriter(8);
        w.writeZeros(70);
        w.write(1, 1);
        w.write(5, 3);
        w.alignToByte();
        byte[] b = w.toByteArray();
        LsBitReader r = new LsBitReader(b, 0, b.length);
        assertThat(r.readZeros(100)).isEqualTo(70);
        assertThat(r.readBits(3)).isEqualTo(5);
        LsBitReader tooLong = new LsBitReader(b, 0, b.length);
        assertThatThrownBy(() -> tooLong.readZeros(69)).isInstanceOf(CodecFailure.class);
    }

    @Test
    void readingStopsAtAMarkerAndReportsOverrun() {
        byte[] b = {(byte) 0xA5, (byte) 0xFF, (byte) 0xD9};
        LsBitReader r = new LsBitReader(b, 0, b.length);
        assertThat(r.readBits(8)).isEqualTo(0xA5);
        assertThat(r.overran()).isFalse();
        assertThat(r.readBits(8)).isZero(); // FF D9 is a marker, not data
        assertThat(r.overran()).isTrue();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100; i++) {
                r.readBits(16);
            }
        }).isInstanceOf(CodecFailure.class).hasMessageContaining("byte offset 1");
    }
}
