// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

import org.dicomtools.codec.FrameFormat;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.MissingAttributeException;

/**
 * The Image Pixel module of a data set (PS3.3 C.7.6.3) and Number of Frames: what the pixel data holds.
 *
 * @param rows                     (0028,0010)
 * @param columns                  (0028,0011)
 * @param samplesPerPixel          (0028,0002), 1 or 3
 * @param bitsAllocated            (0028,0100)
 * @param bitsStored               (0028,0101)
 * @param highBit                  (0028,0102)
 * @param pixelRepresentation      (0028,0103): 0 unsigned, 1 two's complement
 * @param planarConfiguration      (0028,0006): 0 interleaved, 1 by plane (0 when absent)
 * @param photometricInterpretation (0028,0004)
 * @param frames                   (0028,0008) Number of Frames, 1 when absent
 */
public record ImagePixel(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored, int highBit,
                         int pixelRepresentation, int planarConfiguration, String photometricInterpretation,
                         int frames) {

    /**
     * Reads the module from a data set.
     *
     * @throws MissingAttributeException when a Type 1 attribute is absent
     * @throws InvalidValueException     when values are out of range
     */
    public static ImagePixel of(DataSet ds) {
        int rows = required(ds, Tag.Rows, "Rows");
        int columns = required(ds, Tag.Columns, "Columns");
        int bitsAllocated = required(ds, Tag.BitsAllocated, "BitsAllocated");
        int samples = ds.getInt(Tag.SamplesPerPixel, 1);
        int bitsStored = ds.getInt(Tag.BitsStored, bitsAllocated);
        int highBit = ds.getInt(Tag.HighBit, bitsStored - 1);
        String pi = ds.getString(Tag.PhotometricInterpretation, samples == 3 ? "RGB" : "MONOCHROME2");
        int frames = ds.getInt(Tag.NumberOfFrames, 1);
        if (rows < 1 || columns < 1) {
            throw new InvalidValueException("image size " + columns + "x" + rows + " is empty");
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw new InvalidValueException("(0028,0101) BitsStored " + bitsStored + " outside 1.." + bitsAllocated);
        }
        if (frames < 1) {
            throw new InvalidValueException("(0028,0008) NumberOfFrames " + frames + " is not positive");
        }
        return new ImagePixel(rows, columns, samples, bitsAllocated, bitsStored, highBit,
                ds.getInt(Tag.PixelRepresentation, 0), ds.getInt(Tag.PlanarConfiguration, 0), pi.trim(), frames);
    }

    private static int required(DataSet ds, int tag, String keyword) {
        int v = ds.getInt(tag, Integer.MIN_VALUE);
        if (v == Integer.MIN_VALUE) {
            throw new MissingAttributeException(tag, keyword);
        }
        return v;
    }

    public boolean signed() {
        return pixelRepresentation == 1;
    }

    /**
     * Bytes of one native frame (PS3.5 8.1.1): packed bits for BitsAllocated 1; YBR_FULL_422 holds two luminance and
     * two chrominance samples per pair of pixels, so 2 samples per pixel.
     */
    public long frameLength() {
        long pixels = (long) rows * columns;
        if (bitsAllocated == 1) {
            return (pixels * samplesPerPixel + 7) / 8;
        }
        long samples = "YBR_FULL_422".equals(photometricInterpretation) ? pixels * 2 : pixels * samplesPerPixel;
        return samples * (bitsAllocated / 8);
    }

    /** The frame layout for codecs; only for BitsAllocated 8, 16 or 32 and 1 or 3 samples. */
    public FrameFormat frameFormat() {
        return new FrameFormat(columns, rows, samplesPerPixel, bitsAllocated, bitsStored, signed(),
                planarConfiguration == 1);
    }
}
