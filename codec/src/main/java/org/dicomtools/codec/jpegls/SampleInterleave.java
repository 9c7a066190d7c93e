// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

/**
 * Lines of sample-interleaved scans (ILV = 2, T.87 Annex B.3): the components of each pixel are coded one after the
 * other, sharing one set of contexts and one RUNindex. A pixel goes to run mode when every component's gradients
 * are within NEAR; the run goes on while every component stays within NEAR of its value left of the run. Each
 * component of the pixel that interrupts a run is coded as a run interruption sample of type 0 (predicted from Rb,
 * the sign from Rb - Ra), as CharLS and the streams it writes do; all components of other pixels are coded in
 * regular mode, context 0 included.
 */
final class SampleInterleave {
    private SampleInterleave() {
    }

    private static int context(ScanParameters p, int[] prev, int[] cur, int x) {
        byte[] quant = p.quant;
        int off = p.maxVal;
        int ra = cur[x - 1];
        int rb = prev[x];
        int rc = prev[x - 1];
        int rd = prev[x + 1];
        return 81 * quant[rd - rb + off] + 9 * quant[rb - rc + off] + quant[rc - ra + off];
    }

    private static void startLine(int[][] prev, int[][] cur, int w) {
        for (int c = 0; c < prev.length; c++) {
            cur[c][0] = prev[c][1];
            prev[c][w + 1] = prev[c][w];
        }
    }

    /** Codes one line of pixels; {@code src[c]} holds component c's samples at 1..w. */
    static void encodeLine(LsScanEncoder enc, ScanParameters p, ContextModel ctx, int[][] src, int[][] prev,
                           int[][] cur, int w) {
        int nc = src.length;
        int[] q = new int[nc];
        startLine(prev, cur, w);
        int x = 1;
        while (x <= w) {
            boolean run = true;
            for (int c = 0; c < nc; c++) {
                q[c] = context(p, prev[c], cur[c], x);
                run &= q[c] == 0;
            }
            if (!run) {
                for (int c = 0; c < nc; c++) {
                    cur[c][x] = enc.encodeRegular(q[c], src[c][x], cur[c][x - 1], prev[c][x], prev[c][x - 1]);
                }
                x++;
                continue;
            }
            int end = x;
            while (end <= w && withinRun(src, cur, x, end, p.near)) {
                for (int c = 0; c < nc; c++) {
                    cur[c][end] = cur[c][x - 1];
                }
                end++;
            }
            int idx = enc.encodeRunLength(end - x, end > w, ctx.runIndex[0]);
            if (end > w) {
                ctx.runIndex[0] = idx;
                break;
            }
            for (int c = 0; c < nc; c++) {
                cur[c][end] = enc.encodeInterruption(src[c][end], cur[c][end - 1], prev[c][end], 0, idx);
            }
            ctx.runIndex[0] = idx > 0 ? idx - 1 : 0;
            x = end + 1;
        }
        for (int c = 0; c < nc; c++) {
            cur[c][w + 1] = cur[c][w];
        }
    }

    private static boolean withinRun(int[][] src, int[][] cur, int x, int i, int near) {
        for (int c = 0; c < src.length; c++) {
            if (Math.abs(src[c][i] - cur[c][x - 1]) > near) {
                return false;
            }
        }
        return true;
    }

    /** Decodes one line of pixels into {@code cur[c]}. */
    static void decodeLine(LsScanDecoder dec, ScanParameters p, ContextModel ctx, int[][] prev, int[][] cur, int w) {
        int nc = cur.length;
        int[] q = new int[nc];
        startLine(prev, cur, w);
        int x = 1;
        while (x <= w) {
            boolean run = true;
            for (int c = 0; c < nc; c++) {
                q[c] = context(p, prev[c], cur[c], x);
                run &= q[c] == 0;
            }
            if (!run) {
                for (int c = 0; c < nc; c++) {
                    cur[c][x] = dec.decodeRegular(q[c], cur[c][x - 1], prev[c][x], prev[c][x - 1]);
                }
                x++;
                continue;
            }
            int end = x + dec.decodeRunLength(w - x + 1, 0);
            int idx = ctx.runIndex[0];
            for (int c = 0; c < nc; c++) {
                int v = cur[c][x - 1];
                for (int i = x; i < end; i++) {
                    cur[c][i] = v;
                }
            }
            if (end > w) {
                break;
            }
            for (int c = 0; c < nc; c++) {
                cur[c][end] = dec.decodeInterruption(cur[c][end - 1], prev[c][end], 0, idx);
            }
            ctx.runIndex[0] = idx > 0 ? idx - 1 : 0;
            x = end + 1;
        }
        for (int c = 0; c < nc; c++) {
            cur[c][w + 1] = cur[c][w];
        }
    }
}
