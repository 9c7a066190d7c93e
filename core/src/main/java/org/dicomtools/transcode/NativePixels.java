// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.pixel.ImagePixel;

/** Writes decoded frames back as native Pixel Data and sets the attributes that describe them. */
final class NativePixels {
    private NativePixels() {
    }

    /** Replaces Pixel Data with the frames, native; returns its size in bytes. */
    static long write(DataSet out, ImagePixel image, FrameSource frames) {
        FrameFormat format = frames.format();
        long frameLength = format.frameLength();
        long total = frameLength * image.frames();
        if (total > Integer.MAX_VALUE - 16) {
            throw new UnsupportedTransferSyntaxException("", true, "native pixel data of " + total
                    + " bytes is too large to build in memory");
        }
        byte[] all = new byte[(int) total];
        for (int i = 0; i < image.frames(); i++) {
            byte[] f = frames.frame(i);
            System.arraycopy(f, 0, all, (int) (i * frameLength), (int) Math.min(frameLength, f.length));
        }
        out.setBytes(Tag.PixelData, format.bitsAllocated() <= 8 ? VR.OB : VR.OW, all);
        out.remove(Tag.ExtendedOffsetTable);
        out.remove(Tag.ExtendedOffsetTableLengths);
        describe(out, format, frames.colorSpace());
        return total;
    }

    /** Photometric interpretation follows the samples: decoded YCbCr turned RGB says RGB, interleaved (PS3.3 C.7.6.3). */
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
