// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.Arrays;

/**
 * One component of a DCT frame being decoded: its geometry (T.81 A.1.1, A.2), its quantised coefficients as the
 * scans deliver them, and the quantisation table it is reconstructed with.
 *
 * <p>Coefficients are kept, in zig-zag order, for every block of the interleaved MCU grid ({@code blocksW ×
 * blocksH}) until all scans are read, then dequantised and inverse transformed at once; sequential and progressive
 * frames share that path. The quantisation table is the one installed when the component's first scan starts.
 */
final class DctComponent {
    final int id;
    final int h;
    final int v;
    final int tq;
    /** Samples per line and lines of the component: {@code ceil(X·h/Hmax)}, {@code ceil(Y·v/Vmax)}. */
    final int width;
    final int height;
    /** Blocks per line and block rows of the MCU grid, including the padding blocks of partial MCUs. */
    final int blocksW;
    final int blocksH;
    /** Blocks per line and block rows a non-interleaved scan codes: {@code ceil(width/8)}, {@code ceil(height/8)}. */
    final int scanBlocksW;
    final int scanBlocksH;
    /** 64 coefficients per block in zig-zag order, blocks row by row over the MCU grid. */
    final int[] coef;
    /** Quantisation table in zig-zag order; null until the component's first scan. */
    int[] quant;

    DctComponent(FrameHeader.Component c, int frameWidth, int frameHeight, int hmax, int vmax) {
        id = c.id();
        h = c.h();
        v = c.v();
        tq = c.tq();
        width = ceilDiv(frameWidth * h, hmax);
        height = ceilDiv(frameHeight * v, vmax);
        blocksW = ceilDiv(frameWidth, 8 * hmax) * h;
        blocksH = ceilDiv(frameHeight, 8 * vmax) * v;
        scanBlocksW = ceilDiv(width, 8);
        scanBlocksH = ceilDiv(height, 8);
        coef = new int[blocksW * blocksH * 64];
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /**
     * Dequantises and inverse transforms the blocks that hold the component's samples, adds the level shift and
     * clamps to {@code 0..2^P-1}.
     *
     * @return the samples, {@code scanBlocksW·8} per row, {@code scanBlocksH·8} rows
     */
    int[] reconstruct(int precision) {
        int stride = scanBlocksW * 8;
        int[] plane = new int[stride * scanBlocksH * 8];
        float[] q = new float[64];
        for (int k = 0; k < 64; k++) {
            q[k] = quant[k];
        }
        float shift = 1 << (precision - 1);
        int max = (1 << precision) - 1;
        float[] b = new float[64];
        for (int by = 0; by < scanBlocksH; by++) {
            for (int bx = 0; bx < scanBlocksW; bx++) {
                int off = (by * blocksW + bx) * 64;
                Arrays.fill(b, 0f);
                for (int k = 0; k < 64; k++) {
                    int c = coef[off + k];
                    if (c != 0) {
                        b[ZigZag.NATURAL[k]] = c * q[k];
                    }
                }
                Dct.inverse(b);
                int o = by * 8 * stride + bx * 8;
                for (int y = 0; y < 8; y++, o += stride) {
                    for (int x = 0; x < 8; x++) {
                        plane[o + x] = ColorConversion.round(b[y * 8 + x] + shift, max);
                    }
                }
            }
        }
        return plane;
    }
}
