// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.Arrays;

/**
 * A tag tree as packet headers code it (ISO 15444-1 B.10.2): a quad-tree of minima over a grid of code-blocks,
 * decoded lazily, each node remembering how far its value is known.
 */
final class TagTreeReader {
    private final int levels;
    private final int[] offsets;
    private final int[] widths;
    private final int[] values;
    private final int[] lows;

    TagTreeReader(int width, int height) {
        int n = 0;
        int k = 0;
        int w = width;
        int h = height;
        int[] off = new int[32];
        int[] wid = new int[32];
        while (true) {
            off[k] = n;
            wid[k] = w;
            n += w * h;
            k++;
            if (w == 1 && h == 1) {
                break;
            }
            w = (w + 1) >> 1;
            h = (h + 1) >> 1;
        }
        levels = k;
        offsets = off;
        widths = wid;
        values = new int[n];
        lows = new int[n];
        Arrays.fill(values, Integer.MAX_VALUE);
    }

    /** Decodes the leaf at ({@code x}, {@code y}) up to {@code threshold}: whether its value is below it. */
    boolean below(PacketBits bits, int x, int y, int threshold) {
        int low = 0;
        int node = 0;
        for (int k = levels - 1; k >= 0; k--) {
            node = offsets[k] + (y >> k) * widths[k] + (x >> k);
            if (low > lows[node]) {
                lows[node] = low;
            } else {
                low = lows[node];
            }
            while (low < threshold && low < values[node]) {
                if (bits.bit() != 0) {
                    values[node] = low;
                } else {
                    low++;
                }
            }
            lows[node] = low;
        }
        return values[node] < threshold;
    }

    /** The leaf's value, decoded in full. */
    int value(PacketBits bits, int x, int y) {
        int t = 1;
        while (!below(bits, x, y, t)) {
            t++;
            if (t > 1 << 16) {
                throw new org.dicomtools.codec.CodecFailure("JPEG 2000 tag tree value out of range");
            }
        }
        return t - 1;
    }
}
