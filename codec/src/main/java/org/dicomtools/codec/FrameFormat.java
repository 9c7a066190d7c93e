// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec;

/**
 * The layout of one frame's samples in a buffer, as native DICOM pixel data holds them: little-endian, one byte per
 * sample when {@code bitsAllocated} is 8, two when 16, four when 32; samples of a pixel together
 * ({@code planar} false) or each sample's plane after the other ({@code planar} true).
 *
 * <p>Only the low {@code bitsStored} bits of a sample carry its value. Codecs that code those bits (JPEG) take them
 * as an unsigned pattern and return them sign-extended to the full sample when {@code signed}; codecs that code every
 * byte (RLE) return the bytes exactly as given.
 *
 * @param columns         width in pixels
 * @param rows            height in pixels
 * @param samplesPerPixel 1 (grey) or 3 (colour)
 * @param bitsAllocated   8, 16 or 32
 * @param bitsStored      meaningful bits per sample, 1 to {@code bitsAllocated}
 * @param signed          whether samples are two's complement in {@code bitsStored} bits
 * @param planar          whether samples are stored plane by plane
 */
public record FrameFormat(int columns, int rows, int samplesPerPixel, int bitsAllocated, int bitsStored,
                          boolean signed, boolean planar) {

    public FrameFormat {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("frame size " + columns + "x" + rows + " is empty");
        }
        if (samplesPerPixel != 1 && samplesPerPixel != 3) {
            throw new IllegalArgumentException("samples per pixel must be 1 or 3, not " + samplesPerPixel);
        }
        if (bitsAllocated != 8 && bitsAllocated != 16 && bitsAllocated != 32) {
            throw new IllegalArgumentException("bits allocated must be 8, 16 or 32, not " + bitsAllocated);
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw new IllegalArgumentException("bits stored " + bitsStored + " outside 1.." + bitsAllocated);
        }
    }

    /** Bytes one sample takes in the buffer. */
    public int bytesPerSample() {
        return bitsAllocated / 8;
    }

    /** Bytes of one whole frame. */
    public long frameLength() {
        return (long) columns * rows * samplesPerPixel * bytesPerSample();
    }

    /** Number of pixels. */
    public int pixels() {
        return columns * rows;
    }

    /** The same frame with another sample layout. */
    public FrameFormat withPlanar(boolean newPlanar) {
        return new FrameFormat(columns, rows, samplesPerPixel, bitsAllocated, bitsStored, signed, newPlanar);
    }
}
