// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.FrameFormat;

/**
 * Moves samples between the DICOM buffer layout of {@link FrameFormat} (little-endian, 1, 2 or 4 bytes, planar or
 * interleaved) and the pixel-interleaved {@code int} arrays the lossless coder works on.
 */
final class SampleLayout {
    private SampleLayout() {
    }

    /** Number of samples of a frame, failing when it does not fit an array. */
    static int sampleCount(int width, int height, int components) {
        long n = (long) width * height * components;
        if (n > Integer.MAX_VALUE - 16 || n * 4 > Integer.MAX_VALUE - 16) {
            throw new CodecFailure("frame of " + width + "x" + height + "x" + components + " samples is too large");
        }
        return (int) n;
    }

    /**
     * Reads the samples of {@code format} from {@code buf}, each taken as the unsigned pattern of its low
     * {@code bitsStored} bits and shifted right by {@code shift}, into a pixel-interleaved array.
     */
    static int[] read(byte[] buf, FrameFormat format, int shift) {
        int nc = format.samplesPerPixel();
        int pixels = format.pixels();
        int n = sampleCount(format.columns(), format.rows(), nc);
        if (buf.length < format.frameLength()) {
            throw new CodecFailure("frame needs " + format.frameLength() + " bytes, got " + buf.length);
        }
        int mask = (int) ((1L << format.bitsStored()) - 1);
        int bps = format.bytesPerSample();
        int[] s = new int[n];
        for (int c = 0; c < nc; c++) {
            // Offset of this component's first sample and the step between its samples, in samples.
            int first = format.planar() ? c * pixels : c;
            int step = format.planar() ? 1 : nc;
            int src = first * bps;
            int stride = step * bps;
            for (int i = c; i < n; i += nc, src += stride) {
                int v = switch (bps) {
                    case 1 -> buf[src] & 0xFF;
                    case 2 -> (buf[src] & 0xFF) | (buf[src + 1] & 0xFF) << 8;
                    default -> (buf[src] & 0xFF) | (buf[src + 1] & 0xFF) << 8 | (buf[src + 2] & 0xFF) << 16
                            | (buf[src + 3] & 0xFF) << 24;
                };
                s[i] = (v & mask) >>> shift;
            }
        }
        return s;
    }

    /**
     * Writes pixel-interleaved samples into a buffer of {@code format} (interleaved), each shifted left by
     * {@code shift}, then kept to its low {@code bitsStored} bits and, when the format is signed, sign-extended from
     * there.
     */
    static byte[] write(int[] s, FrameFormat format, int shift) {
        int bps = format.bytesPerSample();
        byte[] out = new byte[Math.multiplyExact(s.length, bps)];
        int bits = format.bitsStored();
        int unused = 32 - bits;
        boolean signed = format.signed();
        int mask = (int) ((1L << bits) - 1);
        for (int i = 0, o = 0; i < s.length; i++, o += bps) {
            int v = s[i] << shift;
            v = signed ? v << unused >> unused : v & mask;
            switch (bps) {
                case 1 -> out[o] = (byte) v;
                case 2 -> {
                    out[o] = (byte) v;
                    out[o + 1] = (byte) (v >> 8);
                }
                default -> {
                    out[o] = (byte) v;
                    out[o + 1] = (byte) (v >> 8);
                    out[o + 2] = (byte) (v >> 16);
                    out[o + 3] = (byte) (v >> 24);
                }
            }
        }
        return out;
    }
}
