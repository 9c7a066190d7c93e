// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.rle;

import java.util.Arrays;
import java.util.Objects;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameFormat;

/**
 * Decodes an RLE Lossless frame (PS3.5 Annex G) into pixel-interleaved little-endian samples.
 *
 * <p>The stream must have exactly one segment per byte of each sample of {@code expected} (G.2), with offsets
 * inside the data and in increasing order. Each segment is decoded as G.3.2 describes until it has given one byte
 * per pixel; what follows in the segment (the zero pad of G.3, or anything else) is ignored, as are unused header
 * offsets and bytes after the last segment. Runs that cross rows, which G.3.1 forbids encoders, decode as written.
 * A segment that ends before its bytes are complete, or a run that goes past the segment's data or its share of
 * the frame, is a {@link CodecFailure} naming the segment (numbered from 1, as G.5 does) and the byte offset in
 * {@code data}.
 *
 * <p>RLE keeps every bit of a sample, so the output bytes are the encoder's input bytes: samples are neither
 * masked to {@code bitsStored} nor sign-extended, whatever {@code expected.signed()} says. The result is labelled
 * {@link ColorSpace#MONOCHROME} for one sample and {@link ColorSpace#RGB} for three; RLE does not record what the
 * samples mean, so callers with a Photometric Interpretation may relabel. The options are not used.
 *
 * <p>Stateless and thread-safe.
 */
public final class RleDecoder implements FrameDecoder {

    @Override
    public DecodedFrame decode(byte[] data, FrameFormat expected, DecodeOptions options) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(expected, "expected");
        int bytesPerSample = expected.bytesPerSample();
        int samplesPerPixel = expected.samplesPerPixel();
        int segments = RleFormat.segmentCount(samplesPerPixel, bytesPerSample);
        long frameLength = expected.frameLength();
        if (frameLength > RleFormat.MAX_ARRAY_LENGTH) {
            throw new CodecFailure("RLE frame of " + frameLength + " bytes is too large to decode into one array");
        }
        int[] starts = readHeader(data, segments, samplesPerPixel, bytesPerSample);

        byte[] out = new byte[(int) frameLength];
        int pixels = expected.pixels();
        int pixelStride = samplesPerPixel * bytesPerSample;
        for (int segment = 0; segment < segments; segment++) {
            int sample = segment / bytesPerSample;
            int significance = segment % bytesPerSample;
            // Little-endian samples: the most significant byte (first segment of a sample) goes last.
            int target = sample * bytesPerSample + bytesPerSample - 1 - significance;
            int end = segment + 1 < segments ? starts[segment + 1] : data.length;
            decodeSegment(data, starts[segment], end, out, target, pixelStride, pixels, segment, segments);
        }
        ColorSpace colorSpace = samplesPerPixel == 3 ? ColorSpace.RGB : ColorSpace.MONOCHROME;
        return new DecodedFrame(out, expected.withPlanar(false), colorSpace);
    }

    /** Checks the RLE Header (G.5) against the frame and returns where each segment starts. */
    private static int[] readHeader(byte[] data, int segments, int samplesPerPixel, int bytesPerSample) {
        if (data.length < RleFormat.HEADER_LENGTH) {
            throw new CodecFailure("RLE header truncated: the stream has " + data.length + " bytes and the header "
                    + "alone takes " + RleFormat.HEADER_LENGTH);
        }
        long count = RleFormat.readUInt32(data, 0);
        if (count < 1 || count > RleFormat.MAX_SEGMENTS) {
            throw new CodecFailure("RLE header at byte offset 0: segment count " + count + " is outside 1 to "
                    + RleFormat.MAX_SEGMENTS + " (PS3.5 G.5)");
        }
        if (count != segments) {
            throw new CodecFailure("RLE header at byte offset 0: segment count " + count + ", but the frame needs "
                    + segments + ", one per byte of each sample (" + samplesPerPixel + " per pixel, "
                    + bytesPerSample * 8 + " bits allocated)");
        }
        int[] starts = new int[segments];
        long previous = RleFormat.HEADER_LENGTH - 1L;
        for (int segment = 0; segment < segments; segment++) {
            int at = 4 + 4 * segment;
            long offset = RleFormat.readUInt32(data, at);
            if (offset <= previous) {
                throw new CodecFailure("RLE segment " + (segment + 1) + " of " + segments + ": its offset " + offset
                        + " (header byte offset " + at + ") is " + (segment == 0
                        ? "inside the " + RleFormat.HEADER_LENGTH + "-byte header"
                        : "not after segment " + segment + "'s offset " + previous));
            }
            if (offset >= data.length) {
                throw new CodecFailure("RLE segment " + (segment + 1) + " of " + segments + ": its offset " + offset
                        + " (header byte offset " + at + ") is beyond the " + data.length + " bytes of the stream");
            }
            starts[segment] = (int) offset;
            previous = offset;
        }
        return starts;
    }

    /**
     * Decodes the segment in {@code src[s..end)} (G.3.2) into {@code count} bytes at {@code dst[o]},
     * {@code dst[o + stride]}, ...
     */
    private static void decodeSegment(byte[] src, int s, int end, byte[] dst, int o, int stride, int count,
                                      int segment, int segments) {
        int left = count;
        while (left > 0) {
            if (s >= end) {
                throw failure(segment, segments, s, "the segment ends after " + (count - left) + " of its " + count
                        + " bytes");
            }
            int n = src[s];
            if (n >= 0) {
                int length = n + 1;
                if (length > left) {
                    throw overrun(segment, segments, s, "literal", length, left, count);
                }
                if (length > end - s - 1) {
                    throw failure(segment, segments, s, "a literal run of " + length + " bytes has only "
                            + (end - s - 1) + " before the segment's data ends at byte offset " + end);
                }
                s++;
                if (stride == 1) {
                    System.arraycopy(src, s, dst, o, length);
                    o += length;
                } else {
                    for (int k = s, stop = s + length; k < stop; k++, o += stride) {
                        dst[o] = src[k];
                    }
                }
                s += length;
                left -= length;
            } else if (n != -128) {
                int length = 1 - n;
                if (length > left) {
                    throw overrun(segment, segments, s, "replicate", length, left, count);
                }
                if (s + 1 >= end) {
                    throw failure(segment, segments, s, "a replicate run has no byte to repeat before the "
                            + "segment's data ends at byte offset " + end);
                }
                byte value = src[s + 1];
                s += 2;
                if (stride == 1) {
                    Arrays.fill(dst, o, o + length, value);
                    o += length;
                } else {
                    for (int k = 0; k < length; k++, o += stride) {
                        dst[o] = value;
                    }
                }
                left -= length;
            } else {
                s++; // -128: no operation (G.3.2)
            }
        }
    }

    private static CodecFailure overrun(int segment, int segments, int at, String kind, int length, int left,
                                        int count) {
        return failure(segment, segments, at, "a " + kind + " run of " + length + " bytes goes past the segment's "
                + count + " bytes: only " + left + " are left");
    }

    private static CodecFailure failure(int segment, int segments, int at, String what) {
        return new CodecFailure("RLE segment " + (segment + 1) + " of " + segments + ", byte offset " + at + ": "
                + what);
    }
}
