// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

/**
 * The chosen image format cannot hold the image, for example 16-bit samples in JPEG, BMP or GIF. Nothing is written.
 * The CLI maps it to exit code 80 (unsupported).
 */
public class UnsupportedImageFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ImageFormat format;

    public UnsupportedImageFormatException(ImageFormat format, String message) {
        super(message);
        this.format = format;
    }

    /** The format that was refused. */
    public ImageFormat format() {
        return format;
    }
}
