// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;
import org.dicomtools.data.Values;

/**
 * Expands Segmented Palette Color Lookup Table Data (0028,1221-1223), PS3.3 C.7.9.2, into plain entries. The data is
 * a series of segments, each an opcode and its operands:
 * <ul>
 *   <li>0 discrete (C.7.9.2.1): length n, then n entries;</li>
 *   <li>1 linear (C.7.9.2.2): length n and an end value y1; the n entries after the previous entry y0 lie on the
 *       straight line to y1: y0 + (y1 − y0) × j / n for j = 1..n, rounded to the nearest integer;</li>
 *   <li>2 indirect (C.7.9.2.3): a count and a 32-bit byte offset (least significant 16 bits first) from the start of
 *       the data: the count segments found there are executed again; they may not be indirect themselves.</li>
 * </ul>
 * Units are 16-bit words; data whose first word is no opcode while entries are 8-bit is read one byte per unit
 * instead (the "8 bits allocated" layout of C.7.6.3.1.5).
 */
final class SegmentedPalette {

    private SegmentedPalette() {
    }

    /**
     * The {@code entries} values the segments describe.
     *
     * @throws IllegalArgumentException when the segments are malformed
     */
    static int[] expand(byte[] data, int entries, int bits, List<String> warnings, String what) {
        int[] units = words(data);
        if (bits <= 8 && units.length > 0 && units[0] > 2) {
            units = new int[data.length];
            for (int i = 0; i < data.length; i++) {
                units[i] = data[i] & 0xFF;
            }
            return new Expansion(units, entries, 1).run(warnings, what);
        }
        return new Expansion(units, entries, 2).run(warnings, what);
    }

    private static int[] words(byte[] data) {
        int[] w = new int[data.length / 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = Values.u16(data, 2 * i);
        }
        return w;
    }

    private static final class Expansion {
        private final int[] units;
        private final int[] out;
        private final int unitBytes;
        private int n;

        Expansion(int[] units, int entries, int unitBytes) {
            this.units = units;
            this.out = new int[entries];
            this.unitBytes = unitBytes;
        }

        int[] run(List<String> warnings, String what) {
            int i = 0;
            while (i < units.length && n < out.length) {
                i = segment(i, true);
            }
            if (n == 0) {
                throw new IllegalArgumentException(what + " holds no entries");
            }
            if (n < out.length) {
                warnings.add(what + " expands to " + n + " entries, not " + out.length + "; the last is repeated");
                for (int k = n; k < out.length; k++) {
                    out[k] = out[n - 1];
                }
            } else if (i < units.length) {
                warnings.add(what + " holds more segments than its " + out.length + " entries; the rest is ignored");
            }
            return out;
        }

        /** Executes the segment at unit {@code i}; returns the unit after it. */
        private int segment(int i, boolean indirectAllowed) {
            int op = units[i];
            switch (op) {
                case 0 -> {
                    int len = operand(i + 1);
                    need(i + 2 + len);
                    for (int k = 0; k < len && n < out.length; k++) {
                        put(units[i + 2 + k]);
                    }
                    return i + 2 + len;
                }
                case 1 -> {
                    if (n == 0) {
                        throw new IllegalArgumentException("a linear segment cannot be first (PS3.3 C.7.9.2.2)");
                    }
                    int len = operand(i + 1);
                    double y0 = out[n - 1];
                    double y1 = operand(i + 2);
                    for (int j = 1; j <= len && n < out.length; j++) {
                        put((int) Math.round(y0 + (y1 - y0) * j / len));
                    }
                    return i + 3;
                }
                case 2 -> {
                    if (!indirectAllowed) {
                        throw new IllegalArgumentException("an indirect segment copies another (PS3.3 C.7.9.2.3)");
                    }
                    int count = operand(i + 1);
                    long offset = operand(i + 2) | ((long) operand(i + 3) << 16);
                    if (offset % unitBytes != 0 || offset / unitBytes >= units.length) {
                        throw new IllegalArgumentException("indirect segment offset " + offset
                                + " is outside the data");
                    }
                    int at = (int) (offset / unitBytes);
                    for (int k = 0; k < count && at < units.length && n < out.length; k++) {
                        at = segment(at, false);
                    }
                    return i + 4;
                }
                default -> throw new IllegalArgumentException("segment opcode " + op + " at unit " + i
                        + " is reserved (PS3.3 C.7.9.2)");
            }
        }

        private int operand(int i) {
            need(i + 1);
            return units[i];
        }

        private void need(int end) {
            if (end > units.length) {
                throw new IllegalArgumentException("segment runs past the end of the data");
            }
        }

        private void put(int v) {
            if (n < out.length) {
                out[n++] = v;
            }
        }
    }
}
