// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * Code lengths of an optimal JPEG Huffman table, following T.81 Annex K.2: Huffman's procedure over the symbols that
 * occur plus a reserved symbol of frequency 1 (Figure K.1), the lengths counted (Figure K.2), lengths over 16 moved
 * up the tree (Figure K.3), and the longest code, the reserved one, taken away.
 */
final class OptimalCodeLengths {
    private OptimalCodeLengths() {
    }

    /** Code length of each symbol, 0 for symbols that never occur. */
    static int[] of(long[] frequencies) {
        int n = frequencies.length;
        if (n > 256) {
            throw new IllegalArgumentException("at most 256 symbols, not " + n);
        }
        int reserved = n;
        long[] freq = new long[n + 1];
        for (int s = 0; s < n; s++) {
            if (frequencies[s] < 0) {
                throw new IllegalArgumentException("negative frequency for symbol " + s);
            }
            freq[s] = frequencies[s];
        }
        freq[reserved] = 1;
        int[] codeSize = new int[n + 1];
        int[] others = new int[n + 1];
        java.util.Arrays.fill(others, -1);
        while (true) {
            int v1 = leastFrequent(freq, -1);
            int v2 = leastFrequent(freq, v1);
            if (v2 < 0) {
                break;
            }
            // Merge the two least frequent subtrees: v2's frequency joins v1's, and every symbol of both trees
            // gets one bit longer.
            freq[v1] += freq[v2];
            freq[v2] = 0;
            int last = v1;
            codeSize[v1]++;
            while (others[last] >= 0) {
                last = others[last];
                codeSize[last]++;
            }
            others[last] = v2;
            codeSize[v2]++;
            for (int v = v2; others[v] >= 0; ) {
                v = others[v];
                codeSize[v]++;
            }
        }
        int[] bits = new int[n + 2];
        for (int s = 0; s <= n; s++) {
            if (codeSize[s] > 0) {
                bits[codeSize[s]]++;
            }
        }
        limitTo16(bits);
        // The lengths as counted in bits, handed out to the symbols from the most to the least frequent; the
        // reserved symbol, being rarest, took the longest code that limitTo16 already dropped.
        return assign(frequencies, codeSize, bits);
    }

    /** The symbol of lowest non-zero frequency other than {@code except}, the higher symbol on ties; -1 if none. */
    private static int leastFrequent(long[] freq, int except) {
        int best = -1;
        for (int v = 0; v < freq.length; v++) {
            if (v != except && freq[v] > 0 && (best < 0 || freq[v] <= freq[best])) {
                best = v;
            }
        }
        return best;
    }

    /** Figure K.3: no code longer than 16 bits, then the reserved (longest) code removed. */
    private static void limitTo16(int[] bits) {
        for (int i = bits.length - 1; i > 16; i--) {
            while (bits[i] > 0) {
                int j = i - 2;
                while (bits[j] == 0) {
                    j--;
                }
                bits[i] -= 2;
                bits[i - 1]++;
                bits[j + 1] += 2;
                bits[j]--;
            }
        }
        int i = Math.min(16, bits.length - 1);
        while (i > 0 && bits[i] == 0) {
            i--;
        }
        if (i > 0) {
            bits[i]--;
        }
    }

    /**
     * Gives the symbols that occur the lengths counted in {@code bits}, shortest to the symbols with the shortest
     * unlimited codes (ties by symbol order, as Figure K.4 sorts them).
     */
    private static int[] assign(long[] frequencies, int[] codeSize, int[] bits) {
        int n = frequencies.length;
        int[] lengths = new int[n];
        int len = 1;
        for (int size = 1; size < codeSize.length + 1; size++) {
            for (int s = 0; s < n; s++) {
                if (codeSize[s] == size) {
                    while (len <= 16 && bits[len] == 0) {
                        len++;
                    }
                    if (len > 16) {
                        throw new IllegalStateException("optimal Huffman lengths ran out");
                    }
                    lengths[s] = len;
                    bits[len]--;
                }
            }
        }
        return lengths;
    }
}
