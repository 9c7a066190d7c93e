// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.FrameFormat;

/**
 * Moves samples between our frame buffers and the AWT images the library takes and gives.
 *
 * <p>The library takes each component's precision from the image's colour model (its component size) and the sign
 * from the raster's data type: byte and unsigned short are unsigned, short and int signed. A short colour model
 * always reports 16 bits, so signed frames go in an int raster, whose colour model keeps {@code bitsStored}; that
 * way a signed 12-bit frame is coded with precision 12, sign bit set (Ssiz 0x8B), not as 16 bits.
 */
final class J2kSamples {

    private J2kSamples() {
    }

    /** The frame as an image whose components have precision {@code bitsStored} and the frame's sign. */
    static BufferedImage toImage(byte[] samples, FrameFormat f) {
        if (samples.length < f.frameLength()) {
            throw new CodecFailure("JPEG 2000 encoder got " + samples.length + " bytes for a " + f.columns() + "x"
                    + f.rows() + " frame of " + f.samplesPerPixel() + " samples of " + f.bitsAllocated()
                    + " bits, which takes " + f.frameLength());
        }
        int nc = f.samplesPerPixel();
        int type = f.signed() ? DataBuffer.TYPE_INT : f.bitsAllocated() == 8 ? DataBuffer.TYPE_BYTE
                : DataBuffer.TYPE_USHORT;
        int[] bits = new int[nc];
        Arrays.fill(bits, f.bitsStored());
        ColorSpace space = ColorSpace.getInstance(nc == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        ComponentColorModel model = new ComponentColorModel(space, bits, false, false, Transparency.OPAQUE, type);
        WritableRaster raster = model.createCompatibleWritableRaster(f.columns(), f.rows());
        int pixels = f.pixels();
        int bps = f.bytesPerSample();
        int unused = 32 - f.bitsStored();
        int[] plane = new int[pixels];
        for (int c = 0; c < nc; c++) {
            int pos = f.planar() ? c * pixels * bps : c * bps;
            int step = f.planar() ? bps : nc * bps;
            for (int i = 0; i < pixels; i++, pos += step) {
                int v = bps == 1 ? samples[pos] & 0xFF : (samples[pos] & 0xFF) | (samples[pos + 1] & 0xFF) << 8;
                plane[i] = f.signed() ? v << unused >> unused : v << unused >>> unused;
            }
            raster.setSamples(0, 0, f.columns(), f.rows(), c, plane);
        }
        return new BufferedImage(model, raster, false, null);
    }

    /**
     * The decoded raster as a pixel-interleaved frame of {@code out}'s sample size: each value's low
     * {@code bitsStored} bits, sign-extended when {@code out} is signed and with the higher bits cleared otherwise.
     */
    static byte[] toFrame(Raster raster, FrameFormat out) {
        int nc = out.samplesPerPixel();
        int pixels = out.pixels();
        int bps = out.bytesPerSample();
        int unused = 32 - out.bitsStored();
        byte[] frame = new byte[Math.multiplyExact(pixels, nc * bps)];
        int[] plane = new int[pixels];
        for (int c = 0; c < nc; c++) {
            raster.getSamples(raster.getMinX(), raster.getMinY(), out.columns(), out.rows(), c, plane);
            for (int i = 0, o = c * bps; i < pixels; i++, o += nc * bps) {
                int v = out.signed() ? plane[i] << unused >> unused : plane[i] << unused >>> unused;
                frame[o] = (byte) v;
                if (bps == 2) {
                    frame[o + 1] = (byte) (v >> 8);
                }
            }
        }
        return frame;
    }
}
