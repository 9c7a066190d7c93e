// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.error.CodecException;

/**
 * Proves lossless output: decodes every encoded frame and compares each sample's stored bits with the source's.
 * Bits above Bits Stored carry no value (PS3.5 8.1.1) and are not compared.
 */
final class LosslessCheck {
    private final FrameDecoder decoder;
    private final FrameFormat format;
    private final int threads;
    private final int tolerance;

    /** @param tolerance largest difference allowed per sample: 0 for lossless, NEAR for near-lossless JPEG-LS */
    LosslessCheck(FrameDecoder decoder, FrameFormat format, int threads, int tolerance) {
        this.decoder = decoder;
        this.format = format;
        this.threads = threads;
        this.tolerance = tolerance;
    }

    void verify(FrameSource frames, byte[][] encoded) {
        FrameFormat interleaved = format.withPlanar(false);
        Parallel.forEach(threads, encoded.length, i -> {
            DecodedFrame d;
            try {
                d = decoder.decode(encoded[i], interleaved, new DecodeOptions(DecodeOptions.ColorTransform.NONE));
            } catch (CodecFailure e) {
                throw new CodecException("lossless check: frame " + i + " does not decode: " + e.getMessage(), e);
            }
            compare(i, frames.frame(i), d.samples());
        });
    }

    private void compare(int frame, byte[] source, byte[] decoded) {
        int bytes = format.bytesPerSample();
        int samples = format.samplesPerPixel();
        int pixels = format.pixels();
        long mask = format.bitsStored() >= 32 ? 0xFFFFFFFFL : (1L << format.bitsStored()) - 1;
        for (int p = 0; p < pixels; p++) {
            for (int s = 0; s < samples; s++) {
                int src = format.planar() ? (s * pixels + p) * bytes : (p * samples + s) * bytes;
                int dec = (p * samples + s) * bytes;
                long a = read(source, src, bytes) & mask;
                long b = read(decoded, dec, bytes) & mask;
                if (Math.abs(a - b) > tolerance) {
                    throw new CodecException((tolerance == 0 ? "lossless" : "near-lossless (NEAR " + tolerance + ")")
                            + " check failed: frame " + frame + ", pixel " + p + ", sample " + s + " is " + b
                            + " after decoding but " + a + " in the source");
                }
            }
        }
    }

    private static long read(byte[] b, int off, int bytes) {
        long v = 0;
        for (int k = bytes - 1; k >= 0; k--) {
            v = v << 8 | (b[off + k] & 0xFF);
        }
        return v;
    }
}
