// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.rle;

import org.dicomtools.codec.CodecFailure;

/** Facts of the RLE frame layout (PS3.5 G.4, G.5) shared by the encoder and the decoder. */
final class RleFormat {

    /** The RLE Header: the segment count and 15 segment offsets, each a little-endian UL (G.5). */
    static final int HEADER_LENGTH = 64;

    /** The header has room for 15 offsets, so a frame has at most 15 segments (G.5). */
    static final int MAX_SEGMENTS = 15;

    /** The longest byte array the JVM reliably allocates. */
    static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private RleFormat() {
    }

    /**
     * The number of segments of a frame: one per byte of each sample (G.2).
     *
     * @throws CodecFailure when that is more than the header can describe
     */
    static int segmentCount(int samplesPerPixel, int bytesPerSample) {
        int segments = samplesPerPixel * bytesPerSample;
        if (segments > MAX_SEGMENTS) {
            throw new CodecFailure("RLE cannot hold " + samplesPerPixel + " samples of " + bytesPerSample
                    + " bytes: that needs " + segments + " segments and the RLE header describes at most "
                    + MAX_SEGMENTS + " (PS3.5 G.5)");
        }
        return segments;
    }

    static void writeUInt32(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }

    static long readUInt32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
