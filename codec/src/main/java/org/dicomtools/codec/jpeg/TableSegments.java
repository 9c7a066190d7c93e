// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.CodecFailure;

/** Parsing of the table-specification segments DHT and DQT (T.81 B.2.4.1, B.2.4.2). */
final class TableSegments {
    private TableSegments() {
    }

    /** Reads every Huffman table of a DHT segment into {@code dc[id]} (class 0) or {@code ac[id]} (class 1). */
    static void huffman(Segment s, HuffmanTable[] dc, HuffmanTable[] ac) {
        while (s.remaining() > 0) {
            int tcth = s.u8();
            int tc = tcth >> 4;
            int th = tcth & 15;
            s.check(tc <= 1 && th <= 3, "Huffman table class " + tc + " id " + th);
            int[] bits = new int[16];
            int total = 0;
            for (int i = 0; i < 16; i++) {
                bits[i] = s.u8();
                total += bits[i];
            }
            s.check(total <= 256, "Huffman table with " + total + " codes");
            int[] values = new int[total];
            for (int i = 0; i < total; i++) {
                values[i] = s.u8();
            }
            HuffmanTable table;
            try {
                table = HuffmanTable.of(bits, values);
            } catch (CodecFailure e) {
                s.check(false, e.getMessage());
                return;
            }
            (tc == 0 ? dc : ac)[th] = table;
        }
    }

    /** Reads every quantization table of a DQT segment into {@code q[id]}, 64 entries in zig-zag order. */
    static void quantization(Segment s, int[][] q) {
        while (s.remaining() > 0) {
            int pqtq = s.u8();
            int pq = pqtq >> 4;
            int tq = pqtq & 15;
            s.check(pq <= 1 && tq <= 3, "quantization table precision " + pq + " id " + tq);
            int[] table = new int[64];
            for (int i = 0; i < 64; i++) {
                table[i] = pq == 0 ? s.u8() : s.u16();
            }
            q[tq] = table;
        }
    }
}
