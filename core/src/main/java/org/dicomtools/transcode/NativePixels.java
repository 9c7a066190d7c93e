// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.io.IOException;
import java.util.Arrays;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.StreamedValue;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.pixel.ImagePixel;

/**
 * Decoded frames as native Pixel Data (PS3.5 8.1.1: frames one after another, no padding between them), with the
 * attributes that describe them. The value is a {@link StreamedValue}: the frames are decoded a few at a time, in
 * parallel, while the writer writes them, so a file of any size is decoded in the memory of a few frames.
 */
final class NativePixels implements StreamedValue {
    private final FrameSource frames;
    private final int count;
    private final int threads;
    private final long frameLength;

    private NativePixels(FrameSource frames, int count, int threads) {
        this.frames = frames;
        this.count = count;
        this.threads = threads;
        this.frameLength = frames.format().frameLength();
    }

    /**
     * Replaces Pixel Data with the frames, native, and returns its size in bytes.
     *
     * @param streamed true: the frames are decoded when the data set is written (each time it is written);
     *                 false: they are decoded now, into memory, which needs them to fit in one array
     */
    static long put(DataSet out, ImagePixel image, FrameSource frames, int threads, boolean streamed) {
        FrameFormat format = frames.format();
        NativePixels value = new NativePixels(frames, image.frames(), threads);
        if (!streamed && value.length() > Integer.MAX_VALUE - 16) {
            throw new UnsupportedTransferSyntaxException("", true, "native pixel data of " + value.length()
                    + " bytes is too large to build in memory; write it to a file instead");
        }
        VR vr = format.bitsAllocated() <= 8 ? VR.OB : VR.OW;
        out.put(streamed ? Element.ofStreamed(Tag.PixelData, vr, value)
                : Element.ofBytes(Tag.PixelData, vr, value.read()));
        out.remove(Tag.ExtendedOffsetTable);
        out.remove(Tag.ExtendedOffsetTableLengths);
        describe(out, format, frames.colorSpace());
        return value.length();
    }

    @Override
    public long length() {
        return frameLength * count;
    }

    /** Each frame exactly {@code frameLength} long: a shorter decoded frame is filled with zeros, a longer one cut. */
    @Override
    public void writeTo(Sink sink) throws IOException {
        Parallel.inOrder(threads, count, i -> {
            byte[] f = frames.frame(i);
            return f.length == frameLength ? f : Arrays.copyOf(f, (int) frameLength);
        }, (i, f) -> sink.write(f, 0, f.length));
    }

    /**
     * Photometric interpretation follows the samples: decoded YCbCr turned RGB says RGB, interleaved (PS3.3 C.7.6.3).
     */
    static void describe(DataSet out, FrameFormat format, ColorSpace colorSpace) {
        if (format.samplesPerPixel() == 3) {
            if (colorSpace == ColorSpace.RGB) {
                out.setString(Tag.PhotometricInterpretation, VR.CS, "RGB");
            } else if (colorSpace == ColorSpace.YBR_FULL) {
                out.setString(Tag.PhotometricInterpretation, VR.CS, "YBR_FULL");
            }
            out.setInt(Tag.PlanarConfiguration, VR.US, format.planar() ? 1 : 0);
        }
    }
}
