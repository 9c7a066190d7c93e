// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Fragments;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.CodecException;
import org.dicomtools.io.EncapsulatedFrames;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.pixel.NativeFrames;

/**
 * Native samples of each frame, from native pixel data or decoded from fragments, with what they mean: their layout
 * and, for colour, whether a decoder turned YCbCr into RGB.
 */
abstract class FrameSource {
    abstract byte[] frame(int index);

    /** The layout of the samples {@link #frame} returns. */
    abstract FrameFormat format();

    /** What three samples per pixel mean now, or {@code null} when unchanged from the data set. */
    abstract ColorSpace colorSpace();

    static FrameSource nativeFrames(DataSet ds) {
        NativeFrames nf = NativeFrames.of(ds);
        FrameFormat format = nf.image().frameFormat();
        return new FrameSource() {
            @Override
            byte[] frame(int index) {
                return nf.frame(index);
            }

            @Override
            FrameFormat format() {
                return format;
            }

            @Override
            ColorSpace colorSpace() {
                return null;
            }
        };
    }

    /** Decodes every frame up front, in parallel. */
    static FrameSource decoded(DataSet ds, FrameDecoder decoder, int threads) {
        ImagePixel image = ImagePixel.of(ds);
        Fragments fragments = ds.get(Tag.PixelData).fragments();
        int[][] map = EncapsulatedFrames.locate(ds, fragments, image.frames());
        FrameFormat expected = image.frameFormat().withPlanar(false);
        DecodedFrame[] out = new DecodedFrame[image.frames()];
        Parallel.forEach(threads, image.frames(), i -> {
            try {
                out[i] = decoder.decode(EncapsulatedFrames.join(fragments, map[i]), expected, DecodeOptions.DEFAULT);
            } catch (CodecFailure e) {
                throw new CodecException("frame " + i + ": " + e.getMessage(), e);
            }
        });
        return new FrameSource() {
            @Override
            byte[] frame(int index) {
                return out[index].samples();
            }

            @Override
            FrameFormat format() {
                return out[0].format();
            }

            @Override
            ColorSpace colorSpace() {
                return out[0].colorSpace();
            }
        };
    }
}
