// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

import org.dicomtools.data.BulkData;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.MalformedDicomException;
import org.dicomtools.error.MissingAttributeException;

/**
 * Frames of native (uncompressed) Pixel Data, read one at a time: a frame of a large multi-frame file is read from its
 * byte range in the file without reading the others.
 */
public final class NativeFrames {
    private final Element pixelData;
    private final ImagePixel image;

    private NativeFrames(Element pixelData, ImagePixel image) {
        this.pixelData = pixelData;
        this.image = image;
    }

    /**
     * Native frames of a data set.
     *
     * @throws MissingAttributeException (7FE0,0010) is absent
     * @throws MalformedDicomException   Pixel Data is shorter than the frames it should hold
     */
    public static NativeFrames of(DataSet ds) {
        Element e = ds.get(Tag.PixelData);
        if (e == null) {
            throw new MissingAttributeException(Tag.PixelData, "PixelData");
        }
        if (e.isFragments()) {
            throw new InvalidValueException("(7FE0,0010) PixelData is encapsulated, not native");
        }
        ImagePixel image = ImagePixel.of(ds);
        long expected = image.frameLength() * image.frames();
        long actual = e.length();
        if (image.bitsAllocated() != 1 && actual < expected && actual != expected - 1) {
            throw new MalformedDicomException("(7FE0,0010) PixelData holds " + actual + " bytes but " + image.frames()
                    + " frame(s) of " + image.columns() + "x" + image.rows() + "x" + image.samplesPerPixel() + " at "
                    + image.bitsAllocated() + " bits need " + expected, -1, "(7FE0,0010)");
        }
        return new NativeFrames(e, image);
    }

    public ImagePixel image() {
        return image;
    }

    /** Whether Pixel Data holds more bytes than the frames need (the extra is ignored). */
    public boolean hasExtraBytes() {
        return pixelData.length() > image.frameLength() * image.frames() + 1;
    }

    /** The bytes of frame {@code index} (0-based), little-endian as in memory. */
    public byte[] frame(int index) {
        if (index < 0 || index >= image.frames()) {
            throw new InvalidValueException("frame " + index + " out of range: the image has " + image.frames()
                    + " frame(s)");
        }
        long len = image.frameLength();
        if (len > Integer.MAX_VALUE - 8) {
            throw new InvalidValueException("a frame of " + len + " bytes is too large");
        }
        long from = len * index;
        BulkData bulk = pixelData.bulkData();
        if (bulk != null) {
            return bulk.read(from, (int) len);
        }
        byte[] all = pixelData.bytes();
        byte[] out = new byte[(int) len];
        System.arraycopy(all, (int) from, out, 0, (int) Math.min(len, all.length - from));
        return out;
    }
}
