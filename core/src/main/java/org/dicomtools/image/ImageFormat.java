// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

import java.util.Locale;

/** The image file formats {@link ImageExporter} writes. Only PNG and TIFF hold 16-bit samples. */
public enum ImageFormat {
    PNG("png", "png", true),
    JPEG("jpg", "jpeg", false),
    BMP("bmp", "bmp", false),
    GIF("gif", "gif", false),
    TIFF("tif", "tiff", true);

    private final String extension;
    private final String imageIoName;
    private final boolean holds16Bit;

    ImageFormat(String extension, String imageIoName, boolean holds16Bit) {
        this.extension = extension;
        this.imageIoName = imageIoName;
        this.holds16Bit = holds16Bit;
    }

    /**
     * The format for a name, ignoring case and a leading dot: {@code png}, {@code jpeg} or {@code jpg}, {@code bmp},
     * {@code gif}, {@code tiff} or {@code tif}. Returns {@code null} for anything else (the CLI then warns and writes
     * PNG).
     */
    public static ImageFormat fromName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) {
            n = n.substring(1);
        }
        return switch (n) {
            case "png" -> PNG;
            case "jpeg", "jpg" -> JPEG;
            case "bmp" -> BMP;
            case "gif" -> GIF;
            case "tiff", "tif" -> TIFF;
            default -> null;
        };
    }

    /** The file name extension we write, without the dot: png, jpg, bmp, gif, tif. */
    public String extension() {
        return extension;
    }

    /** Whether the format can hold 16-bit samples. */
    public boolean holds16Bit() {
        return holds16Bit;
    }

    /** The javax.imageio format name. */
    String imageIoName() {
        return imageIoName;
    }
}
