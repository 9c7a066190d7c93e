// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

/**
 * A rendered image ready to be written: {@code channels} 1 (grey) or 3 (RGB), pixel-interleaved, row by row from the
 * top, 8 bits per sample in {@link #bytes()} or 16 bits in {@link #shorts()} (unsigned values in a short).
 */
public record OutputImage(int width, int height, int channels, int bits, byte[] bytes, short[] shorts) {

    public OutputImage {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3");
        }
        if (bits == 8 ? bytes == null || bytes.length != width * height * channels
                : bits != 16 || shorts == null || shorts.length != width * height * channels) {
            throw new IllegalArgumentException("8-bit images hold bytes, 16-bit images shorts, width*height*channels");
        }
    }

    public static OutputImage of8(int width, int height, int channels, byte[] samples) {
        return new OutputImage(width, height, channels, 8, samples, null);
    }

    public static OutputImage of16(int width, int height, int channels, short[] samples) {
        return new OutputImage(width, height, channels, 16, null, samples);
    }

    /** Sample {@code c} of pixel (x, y) as an unsigned value. */
    public int sample(int x, int y, int c) {
        int i = (y * width + x) * channels + c;
        return bits == 8 ? bytes[i] & 0xFF : shorts[i] & 0xFFFF;
    }
}
