// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.FrameFormat;

/**
 * Moves samples between native DICOM buffers and the one {@code int} plane per component that the DCT codecs work
 * on, through the pixel-interleaved arrays of {@link SampleLayout} (a grey frame's array is its plane as it is).
 */
final class DctSamples {

    private DctSamples() {
    }

    /** The low {@code bitsStored} bits of every sample, one plane per sample of a pixel. */
    static int[][] read(byte[] samples, FrameFormat f) {
        int[] interleaved = SampleLayout.read(samples, f, 0);
        int n = f.samplesPerPixel();
        if (n == 1) {
            return new int[][] {interleaved};
        }
        int pixels = f.pixels();
        int[][] planes = new int[n][pixels];
        for (int c = 0; c < n; c++) {
            int[] plane = planes[c];
            for (int i = 0, s = c; i < pixels; i++, s += n) {
                plane[i] = interleaved[s];
            }
        }
        return planes;
    }

    /**
     * Interleaves planes into a buffer of {@code out}'s layout, which must be pixel-interleaved; values are kept to
     * {@code bitsStored} bits and sign-extended from there when {@code out.signed()}.
     */
    static byte[] write(int[][] planes, FrameFormat out) {
        int n = planes.length;
        int[] interleaved = planes[0];
        if (n > 1) {
            int pixels = out.pixels();
            interleaved = new int[SampleLayout.sampleCount(out.columns(), out.rows(), n)];
            for (int c = 0; c < n; c++) {
                int[] plane = planes[c];
                for (int i = 0, s = c; i < pixels; i++, s += n) {
                    interleaved[s] = plane[i];
                }
            }
        }
        return SampleLayout.write(interleaved, out, 0);
    }
}
