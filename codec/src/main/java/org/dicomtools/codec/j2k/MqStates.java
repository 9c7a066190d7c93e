// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The MQ coder's probability state table, ISO 15444-1 Table C.2, as printed there: per state index, Qe, the next
 * index after an MPS (NMPS) and after an LPS (NLPS), and SWITCH, whether an LPS exchanges the sense of the MPS.
 *
 * <p>Kept once, for {@link MqEncoder} and for the decoder's {@link T1Tables}, which each build their own packed,
 * MPS-unrolled transition arrays from it when their class is initialised; nothing here is read while coding.
 */
final class MqStates {
    /** Number of states, indices 0 to 46. */
    static final int COUNT = 47;

    private static final int[][] TABLE_C2 = {
        // Qe, NMPS, NLPS, SWITCH
        {0x5601, 1, 1, 1}, {0x3401, 2, 6, 0}, {0x1801, 3, 9, 0}, {0x0AC1, 4, 12, 0}, {0x0521, 5, 29, 0},
        {0x0221, 38, 33, 0}, {0x5601, 7, 6, 1}, {0x5401, 8, 14, 0}, {0x4801, 9, 14, 0}, {0x3801, 10, 14, 0},
        {0x3001, 11, 17, 0}, {0x2401, 12, 18, 0}, {0x1C01, 13, 20, 0}, {0x1601, 29, 21, 0}, {0x5601, 15, 14, 1},
        {0x5401, 16, 14, 0}, {0x5101, 17, 15, 0}, {0x4801, 18, 16, 0}, {0x3801, 19, 17, 0}, {0x3401, 20, 18, 0},
        {0x3001, 21, 19, 0}, {0x2801, 22, 19, 0}, {0x2401, 23, 20, 0}, {0x2201, 24, 21, 0}, {0x1C01, 25, 22, 0},
        {0x1801, 26, 23, 0}, {0x1601, 27, 24, 0}, {0x1401, 28, 25, 0}, {0x1201, 29, 26, 0}, {0x1101, 30, 27, 0},
        {0x0AC1, 31, 28, 0}, {0x09C1, 32, 29, 0}, {0x08A1, 33, 30, 0}, {0x0521, 34, 31, 0}, {0x0441, 35, 32, 0},
        {0x02A1, 36, 33, 0}, {0x0221, 37, 34, 0}, {0x0141, 38, 35, 0}, {0x0111, 39, 36, 0}, {0x0085, 40, 37, 0},
        {0x0049, 41, 38, 0}, {0x0025, 42, 39, 0}, {0x0015, 43, 40, 0}, {0x0009, 44, 41, 0}, {0x0005, 45, 42, 0},
        {0x0001, 45, 43, 0}, {0x5601, 46, 46, 0},
    };

    private MqStates() {
    }

    /** The LPS probability estimate Qe of state {@code index}. */
    static int qe(int index) {
        return TABLE_C2[index][0];
    }

    /** The state after coding an MPS in state {@code index}. */
    static int nextMps(int index) {
        return TABLE_C2[index][1];
    }

    /** The state after coding an LPS in state {@code index}. */
    static int nextLps(int index) {
        return TABLE_C2[index][2];
    }

    /** Whether coding an LPS in state {@code index} exchanges the MPS and LPS senses. */
    static boolean switchesMps(int index) {
        return TABLE_C2[index][3] == 1;
    }

    /** The MPS sense after coding an LPS with MPS {@code mps} in state {@code index}. */
    static int mpsAfterLps(int index, int mps) {
        return switchesMps(index) ? 1 - mps : mps;
    }
}
