// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.Arrays;

/**
 * One subband of a tile-component after the wavelet transform, where {@link Dwt53} left it in the component's plane,
 * with its code-blocks (ISO 15444-1 B.5, B.7) and, once they are coded, what tier-1 made of each.
 *
 * <p>Our tile starts at the origin, so every band does too, and the code-block grid is simply 64x64 blocks from the
 * band's top-left corner (with no precinct partition, the code-block size is not reduced, B.7), raster order.
 */
final class Subband {
    final int orientation;
    final int x0;
    final int y0;
    final int width;
    final int height;
    /** Exponent of the band's nominal dynamic range (E.1.1.2): precision plus the band's gain, 0, 1 or 2. */
    final int exponent;
    final int blocksWide;
    final int blocksHigh;
    final int[] bitPlanes;
    final int[] passes;
    final byte[][] data;

    Subband(int orientation, int x0, int y0, int width, int height, int precision) {
        this.orientation = orientation;
        this.x0 = x0;
        this.y0 = y0;
        this.width = width;
        this.height = height;
        this.exponent = precision + Integer.bitCount(orientation);
        this.blocksWide = (width + BlockCoder.MAX - 1) / BlockCoder.MAX;
        this.blocksHigh = (height + BlockCoder.MAX - 1) / BlockCoder.MAX;
        int n = blocksWide * blocksHigh;
        this.bitPlanes = new int[n];
        this.passes = new int[n];
        this.data = new byte[n][];
    }

    int blocks() {
        return blocksWide * blocksHigh;
    }

    /** Codes block {@code b} of this band of {@code plane} (row stride {@code stride}) with {@code coder}. */
    void code(int b, int[] plane, int stride, BlockCoder coder) {
        int bx = (b % blocksWide) * BlockCoder.MAX;
        int by = (b / blocksWide) * BlockCoder.MAX;
        int w = Math.min(BlockCoder.MAX, width - bx);
        int h = Math.min(BlockCoder.MAX, height - by);
        coder.code(plane, stride, x0 + bx, y0 + by, w, h, orientation);
        bitPlanes[b] = coder.bitPlanes();
        passes[b] = coder.passes();
        data[b] = Arrays.copyOfRange(coder.data(), 1, 1 + coder.length());
    }
}
