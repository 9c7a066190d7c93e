// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameFormat;

/** Sample buffers for the JPEG-LS tests and the round trip they share. */
final class LsTestImages {
    /** Kinds of content: each drives a different part of the coder. */
    enum Kind {
        /** Gradient with a little noise and some extremes: regular mode with some runs. */
        SMOOTH,
        /** One value everywhere: run mode only. */
        FLAT,
        /** Uniform noise over the full range: regular mode, long codes, escapes. */
        NOISE,
        /** Flat patches with sharp edges: runs broken by interruptions of both types. */
        PATCHES
    }

    private LsTestImages() {
    }

    static FrameFormat format(int width, int height, int components, int bitsStored) {
        int allocated = bitsStored <= 8 ? 8 : 16;
        return new FrameFormat(width, height, components, allocated, bitsStored, false, false);
    }

    /** An interleaved image of {@code format} with content {@code kind}. */
    static byte[] image(FrameFormat format, Kind kind, long seed) {
        Random rnd = new Random(seed);
        int max = (1 << format.bitsStored()) - 1;
        int nc = format.samplesPerPixel();
        int n = format.pixels() * nc;
        int bps = format.bytesPerSample();
        byte[] b = new byte[n * bps];
        int flat = rnd.nextInt(max + 1);
        int patch = Math.max(1, rnd.nextInt(6));
        for (int i = 0; i < n; i++) {
            int pixel = i / nc;
            int x = pixel % format.columns();
            int y = pixel / format.columns();
            int v = switch (kind) {
                case FLAT -> flat;
                case NOISE -> rnd.nextInt(max + 1);
                case PATCHES -> (int) (((x / patch) * 7919L + (y / patch) * 104729L + (i % nc) * 31L) % (max + 1));
                case SMOOTH -> {
                    int g = (int) ((long) max * (x + 2 * y) / (format.columns() + 2 * format.rows()));
                    g += rnd.nextInt(9) - 4;
                    if (rnd.nextInt(50) == 0) {
                        g = rnd.nextBoolean() ? 0 : max;
                    }
                    yield Math.max(0, Math.min(max, g));
                }
            };
            put(b, i, bps, v);
        }
        return b;
    }

    /** The same samples plane by plane. */
    static byte[] toPlanar(byte[] interleaved, FrameFormat format) {
        int nc = format.samplesPerPixel();
        int px = format.pixels();
        int bps = format.bytesPerSample();
        byte[] out = new byte[interleaved.length];
        for (int p = 0; p < px; p++) {
            for (int c = 0; c < nc; c++) {
                System.arraycopy(interleaved, (p * nc + c) * bps, out, (c * px + p) * bps, bps);
            }
        }
        return out;
    }

    /** Planar samples of {@code planar} (a planar format) pixel by pixel. */
    static byte[] toPlanarInverse(byte[] planar, FrameFormat format) {
        int nc = format.samplesPerPixel();
        int px = format.pixels();
        int bps = format.bytesPerSample();
        byte[] out = new byte[planar.length];
        for (int p = 0; p < px; p++) {
            for (int c = 0; c < nc; c++) {
                System.arraycopy(planar, (c * px + p) * bps, out, (p * nc + c) * bps, bps);
            }
        }
        return out;
    }

    static void put(byte[] b, int i, int bps, int v) {
        for (int k = 0; k < bps; k++) {
            b[i * bps + k] = (byte) (v >> (8 * k));
        }
    }

    static int get(byte[] b, int i, int bps) {
        int v = 0;
        for (int k = 0; k < bps; k++) {
            v |= (b[i * bps + k] & 0xFF) << (8 * k);
        }
        return v;
    }

    /** Decodes {@code stream} as {@code format} and returns the samples, checking the reported format. */
    static byte[] decode(byte[] stream, FrameFormat format) {
        DecodedFrame frame = new JpegLsDecoder().decode(stream, format, DecodeOptions.DEFAULT);
        assertThat(frame.format()).isEqualTo(format.withPlanar(false));
        return frame.samples();
    }

    /** Asserts that every sample of {@code actual} is within {@code near} of {@code expected}. */
    static void assertWithin(byte[] actual, byte[] expected, FrameFormat format, int near) {
        assertThat(actual).hasSameSizeAs(expected);
        int bps = format.bytesPerSample();
        for (int i = 0; i < expected.length / bps; i++) {
            int e = get(expected, i, bps);
            int a = get(actual, i, bps);
            if (Math.abs(a - e) > near) {
                throw new AssertionError("sample " + i + " is " + a + ", expected " + e + " +- " + near);
            }
        }
    }
}
