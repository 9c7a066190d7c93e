// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.Arrays;

/**
 * A tag tree (ISO 15444-1 B.10.2), encoder side: a quad-tree over a grid of code-blocks whose every node holds the
 * minimum of the values below it, so a value is sent as the bits that raise a node's known lower bound level by
 * level from the root, each bit shared by the leaves that node covers. Tier-2 keeps two per subband of a precinct,
 * for the layer of first inclusion and for the number of missing most significant bit-planes.
 *
 * <p>Nodes are numbered leaves first, row by row, then each coarser level, so every parent comes after its children.
 */
final class TagTree {
    private final int leaves;
    private final int[] parent;
    private final int[] value;
    private final int[] low;
    private final boolean[] known;
    private final int[] path;

    /** A tree over {@code width x height} leaves (both at least 1), all values 0 until set. */
    TagTree(int width, int height) {
        int nodes = 0;
        int depth = 0;
        int w = width;
        int h = height;
        while (true) {
            nodes += w * h;
            depth++;
            if (w == 1 && h == 1) {
                break;
            }
            w = (w + 1) >> 1;
            h = (h + 1) >> 1;
        }
        leaves = width * height;
        parent = new int[nodes];
        value = new int[nodes];
        low = new int[nodes];
        known = new boolean[nodes];
        path = new int[depth];
        int start = 0;
        w = width;
        h = height;
        while (w > 1 || h > 1) {
            int pw = (w + 1) >> 1;
            int next = start + w * h;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    parent[start + y * w + x] = next + (y >> 1) * pw + (x >> 1);
                }
            }
            start = next;
            w = pw;
            h = (h + 1) >> 1;
        }
        parent[nodes - 1] = -1;
    }

    /** Sets the leaves' values ({@code values[y * width + x]}, none negative) and the minima above them. */
    void set(int[] values) {
        System.arraycopy(values, 0, value, 0, leaves);
        Arrays.fill(value, leaves, value.length, Integer.MAX_VALUE);
        for (int n = 0; n < value.length - 1; n++) {
            int p = parent[n];
            if (value[n] < value[p]) {
                value[p] = value[n];
            }
        }
        Arrays.fill(low, 0);
        Arrays.fill(known, false);
    }

    /**
     * Writes what a decoder needs to learn whether leaf {@code leaf}'s value is below {@code threshold}, and the
     * value itself if it is: for each node from the root down, a 0 per level its value exceeds the bound, then a 1
     * once it is reached, leaving out what earlier calls have already told.
     */
    void encode(HeaderBits out, int leaf, int threshold) {
        int n = 0;
        for (int node = leaf; node >= 0; node = parent[node]) {
            path[n++] = node;
        }
        int floor = 0;
        while (--n >= 0) {
            int node = path[n];
            if (floor > low[node]) {
                low[node] = floor;
            } else {
                floor = low[node];
            }
            while (floor < threshold) {
                if (floor >= value[node]) {
                    if (!known[node]) {
                        out.bit(1);
                        known[node] = true;
                    }
                    break;
                }
                out.bit(0);
                floor++;
            }
            low[node] = floor;
        }
    }
}
