// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.Arrays;

/**
 * One code-block of a sub-band (ISO 15444-1 B.7) as tier-2 fills it in: where it lies in the sub-band, its missing
 * most significant bit-planes, and the coded data the packets gave it, as chunks of the tile's data, each chunk
 * belonging to one terminated codeword segment.
 */
final class CodeBlock {
    final int x0;
    final int y0;
    final int x1;
    final int y1;
    boolean included;
    int zeroPlanes;
    /** Lblock, the state of the codeword-segment length coding (B.10.7.1). */
    int lengthBits = 3;
    int passes;
    int segments;
    int[] segmentPasses = new int[1];
    int chunks;
    int[] chunkOffset = new int[1];
    int[] chunkLength = new int[1];
    int[] chunkSegment = new int[1];

    CodeBlock(int x0, int y0, int x1, int y1) {
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
    }

    /** Starts a new segment, which may hold up to its style's passes. */
    int newSegment() {
        if (segments == segmentPasses.length) {
            segmentPasses = Arrays.copyOf(segmentPasses, 2 * segments);
        }
        segmentPasses[segments] = 0;
        return segments++;
    }

    void addChunk(int segment, int offset, int length) {
        if (chunks == chunkOffset.length) {
            chunkOffset = Arrays.copyOf(chunkOffset, 2 * chunks);
            chunkLength = Arrays.copyOf(chunkLength, 2 * chunks);
            chunkSegment = Arrays.copyOf(chunkSegment, 2 * chunks);
        }
        chunkOffset[chunks] = offset;
        chunkLength[chunks] = length;
        chunkSegment[chunks] = segment;
        chunks++;
    }
}
