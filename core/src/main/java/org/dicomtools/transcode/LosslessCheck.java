// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.error.CodecException;

/**
 * Proves lossless output: decodes each encoded frame and compares each sample's stored bits with the source's, one
 * frame at a time while the frames are being encoded (the source frame is still at hand, so it is not read again).
 * Bits above Bits Stored carry no value (PS3.5 8.1.1) and are not compared.
 */
final class LosslessCheck {
    private final FrameDecoder decoder;
    private final FrameFormat format;
    private final int tolerance;

    /** @param tolerance largest difference allowed per sample: 0 for lossless, NEAR for near-lossless JPEG-LS */
    LosslessCheck(FrameDecoder decoder, FrameFormat format, int tolerance) {
        this.decoder = decoder;
        this.format = format;
        this.tolerance = tolerance;
    }

    /**
     * Decodes one encoded frame and compares it with the source frame it was made from.
     *
     * @throws CodecException when it does not decode or a sample differs by more than the tolerance
     */
    void verify(int index, byte[] source, byte[] encoded) {
        DecodedFrame d;
        try {
            d = decoder.decode(encoded, format.withPlanar(false), new DecodeOptions(DecodeOptions.ColorTransform.NONE));
        } catch (CodecFailure e) {
            throw new CodecException("lossless check: frame " + index + " does not decode: " + e.getMessage(), e);
        }
        compare(index, source, d.samples());
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
