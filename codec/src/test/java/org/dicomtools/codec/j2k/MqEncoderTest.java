// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MqEncoderTest {

    /**
     * The MQ coder's published test sequence (ITU-T T.88 H.2, the same coder as ISO 15444-1 Annex C): 256 decisions
     * in one context starting at state 0 with MPS 0. Its expected code bytes end with the JBIG2 marker FF AC, which
     * JPEG 2000's FLUSH does not write; all bytes before it must match.
     */
    @Test
    void codesThePublishedTestSequence() {
        byte[] input = HexFormat.of().parseHex("00020051000000C00352872AAAAAAAAA82C02000FCD79EF6BF7FED904F46A3BF");
        byte[] expected = HexFormat.of().parseHex("84C73BFCE1A1430402200000410DBB86F4317FFF88FF37471ADB6ADF");
        MqEncoder mq = new MqEncoder();
        mq.reset();
        // Context 1 starts in state 0, MPS 0, as the test sequence requires.
        for (byte b : input) {
            for (int k = 7; k >= 0; k--) {
                mq.encode(1, (b >> k) & 1);
            }
        }
        int n = mq.flush();
        byte[] coded = Arrays.copyOfRange(mq.buffer(), 1, n + 1);
        assertThat(HexFormat.of().formatHex(coded)).startsWith(HexFormat.of().formatHex(expected));
    }

    @Property(tries = 400)
    void decodesToTheSameDecisions(@ForAll @IntRange(min = 0, max = 5000) int count, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 99) int percentOnes) {
        Random rnd = new Random(seed);
        int[] cx = new int[count];
        int[] bits = new int[count];
        MqEncoder mq = new MqEncoder();
        // A used encoder must start afresh after reset.
        mq.encode(3, 1);
        mq.reset();
        for (int i = 0; i < count; i++) {
            cx[i] = rnd.nextInt(MqEncoder.CONTEXTS);
            bits[i] = rnd.nextInt(100) < percentOnes ? 1 : 0;
            mq.encode(cx[i], bits[i]);
        }
        int n = mq.flush();
        byte[] out = mq.buffer();
        if (n > 0) {
            assertThat(out[n] & 0xFF).as("a segment must not end in FF").isNotEqualTo(0xFF);
        }
        for (int i = 1; i < n; i++) {
            if ((out[i] & 0xFF) == 0xFF) {
                assertThat(out[i + 1] & 0xFF).as("stuffed byte after FF at %d", i).isLessThan(0x90);
            }
        }
        ReferenceMqDecoder dec = new ReferenceMqDecoder(out, 1, n + 1, ReferenceMqDecoder.blockCoderStates());
        for (int i = 0; i < count; i++) {
            assertThat(dec.decode(cx[i])).as("decision %d of %d", i, count).isEqualTo(bits[i]);
        }
    }
}
