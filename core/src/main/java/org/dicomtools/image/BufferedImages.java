// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import org.dicomtools.render.OutputImage;

/**
 * {@link OutputImage} as {@link BufferedImage} for the javax.imageio writers. Grey and 16-bit images wrap the sample
 * array without copying (the writers only read it); 8-bit RGB is copied once into {@code TYPE_3BYTE_BGR}, the layout
 * every writer handles.
 */
final class BufferedImages {

    private BufferedImages() {
    }

    static BufferedImage of(OutputImage img) {
        if (img.channels() == 3 && img.bits() == 8) {
            return bgr(img);
        }
        int w = img.width();
        int h = img.height();
        int ch = img.channels();
        DataBuffer data = img.bits() == 8 ? new DataBufferByte(img.bytes(), img.bytes().length)
                : new DataBufferUShort(img.shorts(), img.shorts().length);
        int[] offsets = ch == 1 ? new int[] {0} : new int[] {0, 1, 2};
        WritableRaster raster = Raster.createInterleavedRaster(data, w, h, w * ch, ch, offsets, null);
        int[] bits = new int[ch];
        java.util.Arrays.fill(bits, img.bits());
        ColorSpace space = ColorSpace.getInstance(ch == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        ColorModel cm = new ComponentColorModel(space, bits, false, false, Transparency.OPAQUE, data.getDataType());
        // Grey comes out as TYPE_BYTE_GRAY or TYPE_USHORT_GRAY; 16-bit RGB as a custom 3 x 16-bit interleaved image.
        return new BufferedImage(cm, raster, false, null);
    }

    private static BufferedImage bgr(OutputImage img) {
        BufferedImage out = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        byte[] src = img.bytes();
        for (int i = 0; i < src.length; i += 3) {
            dst[i] = src[i + 2];
            dst[i + 1] = src[i + 1];
            dst[i + 2] = src[i];
        }
        return out;
    }
}
