// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.util.function.IntFunction;
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
 * and, for colour, whether a decoder turned YCbCr into RGB. Frames are read or decoded one at a time when asked for,
 * from any thread, so only the frames being worked on are in memory.
 */
abstract class FrameSource {
    /** The samples of frame {@code index}, a new array the caller may keep or change. */
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

    /**
     * Decodes each frame when it is asked for, from its fragments alone. Frame 0 is decoded now, to tell the layout
     * and colour space of all (a decoder returns every frame of a file the same way), and kept.
     */
    static FrameSource decoded(DataSet ds, FrameDecoder decoder) {
        ImagePixel image = ImagePixel.of(ds);
        Fragments fragments = ds.get(Tag.PixelData).fragments();
        int[][] map = EncapsulatedFrames.locate(ds, fragments, image.frames());
        FrameFormat expected = image.frameFormat().withPlanar(false);
        IntFunction<DecodedFrame> decode = i -> {
            try {
                return decoder.decode(EncapsulatedFrames.join(fragments, map[i]), expected, DecodeOptions.DEFAULT);
            } catch (CodecFailure e) {
                throw new CodecException("frame " + i + ": " + e.getMessage(), e);
            }
        };
        DecodedFrame first = decode.apply(0);
        return new FrameSource() {
            @Override
            byte[] frame(int index) {
                return index == 0 ? first.samples().clone() : decode.apply(index).samples();
            }

            @Override
            FrameFormat format() {
                return first.format();
            }

            @Override
            ColorSpace colorSpace() {
                return first.colorSpace();
            }
        };
    }
}
