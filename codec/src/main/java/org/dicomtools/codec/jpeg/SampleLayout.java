// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.FrameFormat;

/**
 * Moves samples between the DICOM buffer layout of {@link FrameFormat} (little-endian, 1, 2 or 4 bytes, planar or
 * interleaved) and the pixel-interleaved {@code int} arrays the lossless coder works on.
 */
final class SampleLayout {
    /** 16-bit little-endian stores into a byte array, one instruction each once compiled. */
    static final VarHandle LITTLE_ENDIAN_SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

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
        byte[] out = new byte[Math.multiplyExact(s.length, format.bytesPerSample())];
        write(s, 0, s.length, out, 0, format, shift);
        return out;
    }

    /**
     * Writes {@code s[from..from+n)} as {@link #write(int[], FrameFormat, int)} does, into {@code out} from byte
     * {@code o} on. One loop per sample size and signedness, so that nothing is decided per sample.
     */
    static void write(int[] s, int from, int n, byte[] out, int o, FrameFormat format, int shift) {
        int bps = format.bytesPerSample();
        int unused = 32 - format.bitsStored();
        int end = from + n;
        if (bps == 2) {
            if (format.signed()) {
                for (int i = from; i < end; i++, o += 2) {
                    LITTLE_ENDIAN_SHORT.set(out, o, (short) (s[i] << shift << unused >> unused));
                }
            } else {
                for (int i = from; i < end; i++, o += 2) {
                    LITTLE_ENDIAN_SHORT.set(out, o, (short) (s[i] << shift << unused >>> unused));
                }
            }
        } else if (bps == 1) {
            boolean signed = format.signed();
            for (int i = from; i < end; i++, o++) {
                int v = s[i] << shift << unused;
                out[o] = (byte) (signed ? v >> unused : v >>> unused);
            }
        } else {
            boolean signed = format.signed();
            for (int i = from; i < end; i++, o += 4) {
                int v = s[i] << shift << unused;
                v = signed ? v >> unused : v >>> unused;
                out[o] = (byte) v;
                out[o + 1] = (byte) (v >> 8);
                out[o + 2] = (byte) (v >> 16);
                out[o + 3] = (byte) (v >> 24);
            }
        }
    }
}
