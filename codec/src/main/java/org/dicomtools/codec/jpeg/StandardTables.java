// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/** The example Huffman tables of T.81 Annex K.3 (Tables K.3 to K.6) in DHT form; see {@link HuffmanTable}. */
final class StandardTables {
    static final int[] DC_LUMINANCE_BITS = {0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    static final int[] DC_CHROMINANCE_BITS = {0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
    /** Both DC tables code the categories 0-11. */
    static final int[] DC_VALUES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    static final int[] AC_LUMINANCE_BITS = {0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 125};
    static final int[] AC_LUMINANCE_VALUES = acValues(new int[] {
        0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
        0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xA1, 0x08, 0x23, 0x42, 0xB1, 0xC1, 0x15, 0x52, 0xD1, 0xF0,
        0x24, 0x33, 0x62, 0x72, 0x82});

    static final int[] AC_CHROMINANCE_BITS = {0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 119};
    static final int[] AC_CHROMINANCE_VALUES = acValues(new int[] {
        0x00, 0x01, 0x02, 0x03, 0x11, 0x04, 0x05, 0x21, 0x31, 0x06, 0x12, 0x41, 0x51, 0x07, 0x61, 0x71,
        0x13, 0x22, 0x32, 0x81, 0x08, 0x14, 0x42, 0x91, 0xA1, 0xB1, 0xC1, 0x09, 0x23, 0x33, 0x52, 0xF0,
        0x15, 0x62, 0x72, 0xD1, 0x0A, 0x16, 0x24, 0x34, 0xE1, 0x25, 0xF1});

    private StandardTables() {
    }

    /**
     * The full HUFFVAL list of an AC table: the symbols with codes shorter than 16 bits as listed, then every other
     * run/size symbol (runs 0-15, sizes 1-10) in increasing order, all of which get 16-bit codes in both Annex K
     * tables.
     */
    private static int[] acValues(int[] shortCodes) {
        boolean[] listed = new boolean[256];
        for (int v : shortCodes) {
            listed[v] = true;
        }
        int[] all = new int[162];
        System.arraycopy(shortCodes, 0, all, 0, shortCodes.length);
        int k = shortCodes.length;
        for (int run = 0; run < 16; run++) {
            for (int size = 1; size <= 10; size++) {
                int symbol = run << 4 | size;
                if (!listed[symbol]) {
                    all[k++] = symbol;
                }
            }
        }
        if (k != all.length) {
            throw new IllegalStateException("AC table lists " + k + " symbols");
        }
        return all;
    }
}
