// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dicomtools.codec.j2k.Tier1Contexts.HH;
import static org.dicomtools.codec.j2k.Tier1Contexts.HL;
import static org.dicomtools.codec.j2k.Tier1Contexts.LH;
import static org.dicomtools.codec.j2k.Tier1Contexts.LL;
import static org.dicomtools.codec.j2k.Tier1Contexts.zeroContext;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The shared tier-1 context rules against the rows of ISO 15444-1 Tables D.1, D.3, D.4 and D.7, and the encoder's
 * and decoder's look-up tables, which map different flag layouts onto them, against each other.
 */
class Tier1ContextsTest {

    @Test
    void zeroCodingFollowsTableD1() {
        // {h, v, d, label} per row of Table D.1, in the LL and LH column's terms (HL swaps h and v), then HH's.
        int[][] llLh = {
            {2, 2, 4, 8}, {1, 1, 0, 7}, {1, 0, 1, 6}, {1, 0, 0, 5}, {0, 2, 4, 4}, {0, 1, 4, 3}, {0, 0, 2, 2},
            {0, 0, 1, 1}, {0, 0, 0, 0},
        };
        for (int[] row : llLh) {
            assertThat(zeroContext(LL, row[0], row[1], row[2])).as("LL %s", Arrays.toString(row)).isEqualTo(row[3]);
            assertThat(zeroContext(LH, row[0], row[1], row[2])).as("LH %s", Arrays.toString(row)).isEqualTo(row[3]);
            assertThat(zeroContext(HL, row[1], row[0], row[2])).as("HL %s", Arrays.toString(row)).isEqualTo(row[3]);
        }
        int[][] hh = {
            {0, 0, 3, 8}, {1, 0, 2, 7}, {0, 0, 2, 6}, {1, 1, 1, 5}, {0, 1, 1, 4}, {0, 0, 1, 3}, {2, 0, 0, 2},
            {1, 0, 0, 1}, {0, 0, 0, 0},
        };
        for (int[] row : hh) {
            assertThat(zeroContext(HH, row[0], row[1], row[2])).as("HH %s", Arrays.toString(row)).isEqualTo(row[3]);
        }
    }

    @Test
    void signCodingFollowsTableD3() {
        // {H, V, context, xor bit}, the nine rows of Table D.3.
        int[][] rows = {
            {1, 1, 13, 0}, {1, 0, 12, 0}, {1, -1, 11, 0}, {0, 1, 10, 0}, {0, 0, 9, 0},
            {0, -1, 10, 1}, {-1, 1, 11, 1}, {-1, 0, 12, 1}, {-1, -1, 13, 1},
        };
        for (int[] row : rows) {
            assertThat(Tier1Contexts.signContext(row[0], row[1])).as("H %d V %d", row[0], row[1])
                    .isEqualTo(row[2] << 1 | row[3]);
        }
        // Table D.2: two neighbours count as one.
        assertThat(Tier1Contexts.signContext(2, -2)).isEqualTo(Tier1Contexts.signContext(1, -1));
        assertThat(Tier1Contexts.contribution(true, true)).isEqualTo(-1);
        assertThat(Tier1Contexts.contribution(true, false)).isEqualTo(1);
        assertThat(Tier1Contexts.contribution(false, true)).isZero();
    }

    @Test
    void refinementAndInitialStatesFollowTablesD4AndD7() {
        assertThat(Tier1Contexts.refinementContext(false, false)).isEqualTo(14);
        assertThat(Tier1Contexts.refinementContext(false, true)).isEqualTo(15);
        assertThat(Tier1Contexts.refinementContext(true, false)).isEqualTo(16);
        assertThat(Tier1Contexts.refinementContext(true, true)).isEqualTo(16);
        assertThat(Tier1Contexts.initialState(Tier1Contexts.UNIFORM)).isEqualTo(46);
        assertThat(Tier1Contexts.initialState(Tier1Contexts.RUN_LENGTH)).isEqualTo(3);
        assertThat(Tier1Contexts.initialState(0)).isEqualTo(4);
        assertThat(Tier1Contexts.initialState(Tier1Contexts.SIGN)).isZero();
    }

    @Test
    void encoderAndDecoderTablesAgree() {
        for (int orientation = 0; orientation < 4; orientation++) {
            for (int window = 0; window < 512; window++) {
                assertThat(BlockContexts.SIGNIFICANCE[orientation][window])
                        .isEqualTo(T1Tables.ZC9[orientation << 9 | window]);
            }
        }
        // Encoder index bits: significance N 0, W 2, E 4, S 6; negative N 1, S 3, W 5, E 7.
        // Decoder index bits: significance N 0, S 1, W 2, E 3; negative N 4, S 5, W 6, E 7.
        int[] encoderToDecoder = {0, 4, 2, 5, 3, 6, 1, 7};
        for (int e = 0; e < 256; e++) {
            int d = 0;
            for (int b = 0; b < 8; b++) {
                d |= (e >> b & 1) << encoderToDecoder[b];
            }
            assertThat(BlockContexts.SIGN[e]).as("pattern %x", e).isEqualTo(T1Tables.SC[d]);
        }
    }
}
