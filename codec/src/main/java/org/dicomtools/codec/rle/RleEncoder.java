// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.rle;

import java.util.Arrays;
import java.util.Objects;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;

/**
 * Encodes a frame as RLE Lossless (PS3.5 Annex G): the 64-byte RLE Header, then one RLE Segment per byte of each
 * sample: for each sample in turn, its most significant byte first (G.2).
 *
 * <p>All bytes of every sample are coded as they are, including bits above {@code bitsStored}: nothing is masked,
 * so decoding gives back the input bytes exactly. The options are not used.
 *
 * <p>Runs follow G.3.1: identical bytes become replicate runs of 2 to 128, anything else literal runs of 1 to 128;
 * three or more identical bytes are always a replicate run, a pair is folded into an open literal run (the Note's
 * advice), and no run crosses the end of a row. Each segment is padded with one zero byte when its length is odd
 * (G.3), so every segment, and so the whole frame, has even length.
 *
 * <p>Stateless and thread-safe.
 */
public final class RleEncoder implements FrameEncoder {

    /** Longest run of either kind (G.3.1). */
    private static final int MAX_RUN = 128;

    @Override
    public byte[] encode(byte[] samples, FrameFormat format, EncodeOptions options) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(format, "format");
        int bytesPerSample = format.bytesPerSample();
        int samplesPerPixel = format.samplesPerPixel();
        int segments = RleFormat.segmentCount(samplesPerPixel, bytesPerSample);
        long frameLength = format.frameLength();
        if (samples.length < frameLength) {
            throw new CodecFailure("RLE encoder got " + samples.length + " bytes for a " + format.columns() + "x"
                    + format.rows() + " frame of " + samplesPerPixel + " samples of " + format.bitsAllocated()
                    + " bits, which takes " + frameLength);
        }
        int columns = format.columns();
        int rows = format.rows();
        // A row costs at most one header byte per started 128 bytes over its length (see encodeRow); plus a pad.
        long rowBound = columns + (columns + MAX_RUN - 1L) / MAX_RUN;
        long capacity = RleFormat.HEADER_LENGTH + segments * (rows * rowBound + 1);
        if (capacity > RleFormat.MAX_ARRAY_LENGTH) {
            throw new CodecFailure("RLE frame of " + frameLength + " bytes is too large to encode in one array");
        }
        byte[] out = new byte[(int) capacity];
        RleFormat.writeUInt32(out, 0, segments);

        int pixels = format.pixels();
        int pixelStride = format.planar() ? bytesPerSample : samplesPerPixel * bytesPerSample;
        int rowStride = columns * pixelStride;
        int pos = RleFormat.HEADER_LENGTH;
        for (int sample = 0; sample < samplesPerPixel; sample++) {
            int sampleBase = format.planar() ? sample * pixels * bytesPerSample : sample * bytesPerSample;
            for (int significance = 0; significance < bytesPerSample; significance++) {
                int segment = sample * bytesPerSample + significance;
                RleFormat.writeUInt32(out, 4 + 4 * segment, pos);
                int segmentStart = pos;
                // Little-endian samples: the most significant byte is the last one of the sample.
                int source = sampleBase + bytesPerSample - 1 - significance;
                for (int row = 0; row < rows; row++, source += rowStride) {
                    pos = encodeRow(samples, source, pixelStride, columns, out, pos);
                }
                if (((pos - segmentStart) & 1) != 0) {
                    out[pos++] = 0;
                }
            }
        }
        return Arrays.copyOf(out, pos);
    }

    /**
     * Run-codes the {@code count} bytes {@code src[p]}, {@code src[p + stride]}, ... into {@code dst} from
     * {@code d}; returns the position after the last byte written.
     *
     * <p>Size bound: replicate runs cost 2 bytes for at least 2 input bytes; literal runs cost one byte more than
     * they hold. A literal run shorter than 128 that is not the row's last is followed by a replicate run of at
     * least 3 (a pair would have been folded into it unless it held 127), which pays for its header. So only the
     * last literal run and those holding 127 or 128 bytes add to the length: at most ceil(count / 128) bytes.
     */
    private static int encodeRow(byte[] src, int p, int stride, int count, byte[] dst, int d) {
        int left = count;
        int literalHeader = 0;
        int literalLength = 0;
        while (left > 0) {
            byte value = src[p];
            int max = Math.min(left, MAX_RUN);
            int run = 1;
            int q = p + stride;
            while (run < max && src[q] == value) {
                run++;
                q += stride;
            }
            if (run == 1 || (run == 2 && literalLength != 0 && literalLength <= MAX_RUN - 2)) {
                if (literalLength == 0) {
                    literalHeader = d++;
                }
                dst[d++] = value;
                if (run == 2) {
                    dst[d++] = value;
                }
                literalLength += run;
                if (literalLength == MAX_RUN) {
                    dst[literalHeader] = (byte) (MAX_RUN - 1);
                    literalLength = 0;
                }
            } else {
                if (literalLength != 0) {
                    dst[literalHeader] = (byte) (literalLength - 1);
                    literalLength = 0;
                }
                dst[d++] = (byte) (1 - run);
                dst[d++] = value;
            }
            p = q;
            left -= run;
        }
        if (literalLength != 0) {
            dst[literalHeader] = (byte) (literalLength - 1);
        }
        return d;
    }
}
