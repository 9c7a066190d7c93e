// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.util.Arrays;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.MalformedDicomException;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.pixel.NativeFrames;
import org.dicomtools.ts.TransferSyntax;

/**
 * Frames of native pixel data, each read from its byte range of the source (PS3.5 8.1.1: frames follow each other
 * without padding). Single-bit frames whose size is not a whole number of bytes start inside a byte; they are shifted
 * to start on a byte, the first pixel in the lowest bit as before.
 */
final class NativeFramePixels implements FramePixels {
    private final Element pixels;
    private final ImagePixel image;
    private final TransferSyntax syntax;
    /** Size of a frame: in bits for single-bit Pixel Data, in bytes otherwise. */
    private final long frameSize;

    /**
     * @throws MalformedDicomException when the value is shorter than the frames it should hold
     */
    NativeFramePixels(DataSet source, Element pixels, ImagePixel image, TransferSyntax syntax) {
        this.pixels = pixels;
        this.image = image;
        this.syntax = syntax;
        long samples = (long) image.rows() * image.columns() * image.samplesPerPixel();
        if (pixels.tag() != Tag.PixelData) {
            frameSize = samples * (pixels.tag() == Tag.FloatPixelData ? 4 : 8);
            requireLength(frameSize * image.frames());
        } else if (image.bitsAllocated() == 1) {
            frameSize = samples;
            requireLength((frameSize * image.frames() + 7) / 8);
        } else {
            NativeFrames.of(source); // checks the length, YBR_FULL_422 and all
            frameSize = image.frameLength();
        }
    }

    @Override
    public Placed put(DataSet header, int index) {
        PixelHandling handling = PixelHandling.COPIED;
        byte[] bytes;
        if (pixels.tag() != Tag.PixelData || image.bitsAllocated() != 1) {
            bytes = range(frameSize * index, frameSize);
        } else if (frameSize % 8 == 0) {
            bytes = range(frameSize / 8 * index, frameSize / 8);
        } else {
            bytes = bitsFrom(frameSize * index);
            handling = PixelHandling.REPACKED;
        }
        header.put(Element.ofBytes(pixels.tag(), pixels.vr(), bytes));
        return new Placed(header, syntax, handling);
    }

    /** The frame's bits, from bit {@code firstBit} of the value, moved to start at bit 0 of byte 0. */
    private byte[] bitsFrom(long firstBit) {
        int shift = (int) (firstBit & 7);
        int length = (int) ((frameSize + 7) / 8);
        byte[] src = range(firstBit >>> 3, length + 1);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) ((src[i] & 0xFF) >>> shift | (src[i + 1] & 0xFF) << (8 - shift));
        }
        int tail = (int) (frameSize & 7);
        out[length - 1] &= (byte) ((1 << tail) - 1); // bits past the frame belonged to the next one
        return out;
    }

    /** Bytes {@code from} to {@code from + length} of the value, read alone; bytes past its end read as 0. */
    private byte[] range(long from, long length) {
        if (length > Integer.MAX_VALUE - 8) {
            throw new InvalidValueException("a frame of " + length + " bytes is too large");
        }
        long available = Math.max(0, Math.min(length, pixels.length() - from));
        BulkData bulk = pixels.bulkData();
        byte[] part = bulk != null ? bulk.read(from, (int) available)
                : Arrays.copyOfRange(pixels.bytes(), (int) from, (int) (from + available));
        return part.length == length ? part : Arrays.copyOf(part, (int) length);
    }

    /** One byte short is accepted, as NativeFrames does: an odd total some writers leave unpadded. */
    private void requireLength(long expected) {
        if (pixels.length() < expected - 1) {
            throw new MalformedDicomException(Tags.format(pixels.tag()) + " holds " + pixels.length()
                    + " bytes but " + image.frames() + " frames of " + image.columns() + "x" + image.rows() + "x"
                    + image.samplesPerPixel() + " need " + expected, -1, Tags.format(pixels.tag()));
        }
    }
}
