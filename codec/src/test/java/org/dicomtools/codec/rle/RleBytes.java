// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.rle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.dicomtools.codec.FrameFormat;

/** Test helpers: writing RLE streams by hand, re-laying samples, and checking a stream against PS3.5 G.3-G.5. */
final class RleBytes {

    private RleBytes() {
    }

    /** Bytes from ints, each taken modulo 256, so that runs can be written as {@code -2, 7}. */
    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** An RLE frame: a header giving {@code count} segments at the given offsets, then {@code body}. */
    static byte[] frame(long count, long[] offsets, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeUInt32(out, count);
        for (int i = 0; i < RleFormat.MAX_SEGMENTS; i++) {
            writeUInt32(out, i < offsets.length ? offsets[i] : 0);
        }
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** An RLE frame with well-placed offsets for the given segments, written as they are (no padding added). */
    static byte[] frame(byte[]... segments) {
        long[] offsets = new long[segments.length];
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < segments.length; i++) {
            offsets[i] = RleFormat.HEADER_LENGTH + body.size();
            body.writeBytes(segments[i]);
        }
        return frame(segments.length, offsets, body.toByteArray());
    }

    private static void writeUInt32(ByteArrayOutputStream out, long v) {
        out.write((int) v);
        out.write((int) (v >>> 8));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 24));
    }

    /** The samples of a planar buffer in pixel-interleaved order. */
    static byte[] interleave(byte[] planar, FrameFormat format) {
        int bps = format.bytesPerSample();
        int spp = format.samplesPerPixel();
        int pixels = format.pixels();
        byte[] out = new byte[pixels * spp * bps];
        for (int s = 0; s < spp; s++) {
            for (int p = 0; p < pixels; p++) {
                System.arraycopy(planar, (s * pixels + p) * bps, out, (p * spp + s) * bps, bps);
            }
        }
        return out;
    }

    /**
     * Asserts that an encoded frame keeps the rules of PS3.5 Annex G: the header (G.5), segments one after the
     * other (G.4) and of even length (G.3), runs of the allowed lengths that never cross a row, no -128 code and
     * no three equal bytes inside a literal run (G.3.1).
     */
    static void assertConforms(byte[] encoded, FrameFormat format) {
        int segments = format.samplesPerPixel() * format.bytesPerSample();
        assertThat(encoded.length).as("frame length").isGreaterThanOrEqualTo(RleFormat.HEADER_LENGTH).isEven();
        assertThat(RleFormat.readUInt32(encoded, 0)).as("segment count").isEqualTo(segments);
        assertThat(RleFormat.readUInt32(encoded, 4)).as("first offset").isEqualTo(RleFormat.HEADER_LENGTH);
        for (int i = segments; i < RleFormat.MAX_SEGMENTS; i++) {
            assertThat(RleFormat.readUInt32(encoded, 4 + 4 * i)).as("unused offset %d", i + 1).isZero();
        }
        for (int seg = 0; seg < segments; seg++) {
            int start = (int) RleFormat.readUInt32(encoded, 4 + 4 * seg);
            int end = seg + 1 < segments ? (int) RleFormat.readUInt32(encoded, 8 + 4 * seg) : encoded.length;
            assertThat(end - start).as("length of segment %d", seg + 1).isPositive().isEven();
            int s = start;
            for (int row = 0; row < format.rows(); row++) {
                int left = format.columns();
                while (left > 0) {
                    int n = encoded[s];
                    assertThat(n).as("run code at %d", s).isNotEqualTo(-128);
                    if (n >= 0) {
                        assertThat(n + 1).as("literal at %d within row %d", s, row).isLessThanOrEqualTo(left);
                        for (int k = s + 3; k <= s + n + 1; k++) {
                            boolean threeEqual = encoded[k] == encoded[k - 1] && encoded[k] == encoded[k - 2];
                            assertThat(threeEqual).as("three equal bytes in the literal at %d", s).isFalse();
                        }
                        left -= n + 1;
                        s += n + 2;
                    } else {
                        assertThat(1 - n).as("replicate at %d within row %d", s, row).isLessThanOrEqualTo(left);
                        left -= 1 - n;
                        s += 2;
                    }
                }
            }
            assertThat(end - s).as("padding after segment %d", seg + 1).isBetween(0, 1);
            if (s < end) {
                assertThat(encoded[s]).as("pad byte").isZero();
            }
        }
    }
}
