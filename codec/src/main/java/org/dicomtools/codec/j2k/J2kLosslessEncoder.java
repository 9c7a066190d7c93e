// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Objects;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;

/**
 * Encodes JPEG 2000 lossless (ISO 15444-1 reversible 5/3 wavelet; DICOM transfer syntax 1.2.840.10008.1.2.4.90) as
 * a raw codestream: one tile, the library's default quality layers, 5 decomposition levels (fewer for frames under
 * 128 samples across, see {@link J2kLibrary#levels}), and for three components the reversible component transform
 * (RCT), which DICOM labels YBR_RCT. Precision is {@code bitsStored} (2 to 16) and components are signed when the
 * frame is. The options are not used.
 *
 * <p>Every stream is decoded again and compared with the input before it is returned. The library's encoder
 * sometimes leaves the last coding passes out of small code-blocks at 9 bits and more, so decoders (its own and
 * OpenJPEG alike) get the low bits wrong: a 1x1 16-bit frame of 0xE2D4 comes back as 0xE000. Over random frames of
 * every size from 1 to 65 samples each way (289 sizes), the library alone got 17 wrong at 12 bits and 62 at 16;
 * frames of 100x37 and up, and realistic CT, MR and CR frames up to 1024x1024, were all exact. With our choice of
 * levels and one retry without a wavelet transform, 2 of the 289 are left (12-bit 1x1 and 1x65), and those are
 * refused with a {@link CodecFailure}: a stream labelled lossless that is not would be worse than none. The check
 * costs one decode, about as long as the encode.
 *
 * <p>Stateless and thread-safe: each call has its own library writer and reader.
 */
public final class J2kLosslessEncoder implements FrameEncoder {

    @Override
    public byte[] encode(byte[] samples, FrameFormat format, EncodeOptions options) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(format, "format");
        J2kLibrary.check(format);
        BufferedImage image = J2kSamples.toImage(samples, format);
        int preferred = J2kLibrary.levels(format);
        int[] attempts = preferred == 0 ? new int[] {0} : new int[] {preferred, 0};
        for (int levels : attempts) {
            byte[] stream = J2kLibrary.write(image, true, 0, levels);
            if (exact(stream, image.getRaster(), format.bitsStored())) {
                return stream;
            }
        }
        throw new CodecFailure("the JPEG 2000 library could not code this " + format.columns() + "x" + format.rows()
                + " frame of " + format.bitsStored() + "-bit samples losslessly (its encoder drops low bit-planes"
                + " of some small code-blocks); refusing to return a lossy stream");
    }

    /** Whether {@code stream} decodes to {@code source}'s low {@code bits} bits in every sample. */
    static boolean exact(byte[] stream, Raster source, int bits) {
        Raster decoded = J2kLibrary.read(stream, 0, stream.length);
        int w = source.getWidth();
        int h = source.getHeight();
        if (decoded.getWidth() != w || decoded.getHeight() != h || decoded.getNumBands() != source.getNumBands()) {
            return false;
        }
        int mask = (int) ((1L << bits) - 1);
        int[] a = new int[w * h];
        int[] b = new int[w * h];
        for (int c = 0; c < source.getNumBands(); c++) {
            source.getSamples(0, 0, w, h, c, a);
            decoded.getSamples(decoded.getMinX(), decoded.getMinY(), w, h, c, b);
            for (int i = 0; i < a.length; i++) {
                if (((a[i] ^ b[i]) & mask) != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
