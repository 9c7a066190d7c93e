// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

/**
 * Format settings for {@link ImageExporter}; each format reads only its own.
 *
 * @param jpegQuality JPEG quality 1-100 (95 by default)
 * @param png PNG compression level and row filter
 */
public record ExportOptions(int jpegQuality, PngOptions png) {

    public static final ExportOptions DEFAULT = new ExportOptions(95, PngOptions.DEFAULT);

    public ExportOptions {
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException("JPEG quality must be 1-100, not " + jpegQuality);
        }
        if (png == null) {
            throw new IllegalArgumentException("PNG options must not be null");
        }
    }

    public ExportOptions withJpegQuality(int quality) {
        return new ExportOptions(quality, png);
    }

    public ExportOptions withPng(PngOptions options) {
        return new ExportOptions(jpegQuality, options);
    }
}
