// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared Table C.2 and the packed transitions both MQ coders derive from it. */
class MqStatesTest {

    @Test
    void holdsTableC2() {
        assertThat(MqStates.qe(0)).isEqualTo(0x5601);
        assertThat(MqStates.nextLps(5)).isEqualTo(33);
        assertThat(MqStates.nextMps(13)).isEqualTo(29);
        assertThat(MqStates.qe(45)).isEqualTo(0x0001);
        assertThat(MqStates.nextMps(46)).isEqualTo(46);
        assertThat(MqStates.nextLps(46)).isEqualTo(46);
        for (int i = 0; i < MqStates.COUNT; i++) {
            assertThat(MqStates.switchesMps(i)).as("SWITCH of %d", i).isEqualTo(i == 0 || i == 6 || i == 14);
            assertThat(MqStates.nextMps(i)).isBetween(0, MqStates.COUNT - 1);
            assertThat(MqStates.nextLps(i)).isBetween(0, MqStates.COUNT - 1);
        }
    }

    @Test
    void anLpsInASwitchStateExchangesTheMps() {
        // Decoder side, packed Qe << 8 | 2 * index + MPS: from state 6 with MPS 0, an LPS leads to state 6, MPS 1.
        assertThat(T1Tables.PACKED_LPS[2 * 6]).isEqualTo(0x5601 << 8 | 2 * 6 + 1);
        assertThat(T1Tables.PACKED_LPS[2 * 7 + 1]).isEqualTo(0x5601 << 8 | 2 * 14 + 1);
        assertThat(T1Tables.PACKED_MPS[2 * 5]).isEqualTo(0x0111 << 8 | 2 * 38);
        for (int s = 0; s < 2 * MqStates.COUNT; s++) {
            assertThat(T1Tables.PACKED_NEXT[s]).isEqualTo(T1Tables.PACKED_MPS[s]);
            assertThat(T1Tables.PACKED_NEXT[2 * MqStates.COUNT + s]).isEqualTo(T1Tables.PACKED_LPS[s]);
        }
    }
}
