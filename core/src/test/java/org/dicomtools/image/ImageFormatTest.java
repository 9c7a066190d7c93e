// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageFormatTest {

    @Test
    void namesAndAliasesIgnoreCase() {
        assertThat(ImageFormat.fromName("PNG")).isEqualTo(ImageFormat.PNG);
        assertThat(ImageFormat.fromName("jpg")).isEqualTo(ImageFormat.JPEG);
        assertThat(ImageFormat.fromName("Jpeg")).isEqualTo(ImageFormat.JPEG);
        assertThat(ImageFormat.fromName("bmp")).isEqualTo(ImageFormat.BMP);
        assertThat(ImageFormat.fromName("gif")).isEqualTo(ImageFormat.GIF);
        assertThat(ImageFormat.fromName("TIF")).isEqualTo(ImageFormat.TIFF);
        assertThat(ImageFormat.fromName("tiff")).isEqualTo(ImageFormat.TIFF);
        assertThat(ImageFormat.fromName(" .png ")).isEqualTo(ImageFormat.PNG);
    }

    @Test
    void unknownNamesGiveNull() {
        assertThat(ImageFormat.fromName("webp")).isNull();
        assertThat(ImageFormat.fromName("")).isNull();
        assertThat(ImageFormat.fromName(null)).isNull();
    }

    @Test
    void extensionsAndDepth() {
        assertThat(ImageFormat.values()).extracting(ImageFormat::extension)
                .containsExactly("png", "jpg", "bmp", "gif", "tif");
        assertThat(ImageFormat.values()).filteredOn(ImageFormat::holds16Bit)
                .containsExactly(ImageFormat.PNG, ImageFormat.TIFF);
    }

    @Test
    void exportOptionsCheckTheirRanges() {
        assertThat(ExportOptions.DEFAULT.jpegQuality()).isEqualTo(95);
        assertThatThrownBy(() -> ExportOptions.DEFAULT.withJpegQuality(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportOptions.DEFAULT.withJpegQuality(101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
