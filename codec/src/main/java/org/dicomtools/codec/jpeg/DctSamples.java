// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.FrameFormat;

/**
 * Moves samples between native DICOM buffers ({@link FrameFormat}: little-endian, 1 or 2 bytes per sample,
 * interleaved or planar) and one {@code int} plane per component, as the DCT codecs work on them.
 */
final class DctSamples {

    private DctSamples() {
    }

    /**
     * The low {@code bitsStored} bits of every sample, one plane per sample of a pixel.
     *
     * @throws CodecFailure when the buffer is shorter than the frame or samples are 32-bit
     */
    static int[][] read(byte[] samples, FrameFormat f) {
        if (f.bitsAllocated() > 16) {
            throw new CodecFailure("DCT JPEG codes at most 12-bit samples; " + f.bitsAllocated()
                    + "-bit buffers are not supported");
        }
        if (samples.length < f.frameLength()) {
            throw new CodecFailure("frame needs " + f.frameLength() + " bytes, buffer has " + samples.length);
        }
        int n = f.pixels();
        int spp = f.samplesPerPixel();
        int mask = (1 << f.bitsStored()) - 1;
        boolean wide = f.bitsAllocated() == 16;
        int[][] planes = new int[spp][n];
        for (int c = 0; c < spp; c++) {
            int[] plane = planes[c];
            // sample index of pixel i of component c, and the step between pixels
            int start = f.planar() ? c * n : c;
            int step = f.planar() ? 1 : spp;
            int s = start;
            if (wide) {
                for (int i = 0; i < n; i++, s += step) {
                    plane[i] = ((samples[2 * s] & 0xFF) | (samples[2 * s + 1] & 0xFF) << 8) & mask;
                }
            } else {
                for (int i = 0; i < n; i++, s += step) {
                    plane[i] = samples[s] & mask;
                }
            }
        }
        return planes;
    }

    /**
     * Interleaves planes into a buffer of {@code out}'s layout ({@code out.planar()} is ignored: decoders return
     * pixel-interleaved samples). Values are taken as they are, sign-extended from {@code bitsStored} bits when
     * {@code out.signed()}.
     */
    static byte[] write(int[][] planes, FrameFormat out) {
        int n = out.pixels();
        int spp = out.samplesPerPixel();
        boolean wide = out.bitsAllocated() == 16;
        int shift = 32 - out.bitsStored();
        boolean signed = out.signed();
        byte[] buf = new byte[(int) out.withPlanar(false).frameLength()];
        for (int c = 0; c < spp; c++) {
            int[] plane = planes[c];
            int s = c;
            for (int i = 0; i < n; i++, s += spp) {
                int v = plane[i];
                if (signed) {
                    v = v << shift >> shift;
                }
                if (wide) {
                    buf[2 * s] = (byte) v;
                    buf[2 * s + 1] = (byte) (v >> 8);
                } else {
                    buf[s] = (byte) v;
                }
            }
        }
        return buf;
    }
}
