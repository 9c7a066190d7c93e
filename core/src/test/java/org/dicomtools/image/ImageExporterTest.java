// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.dicomtools.render.OutputImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format is written to a file and read back with javax.imageio. */
class ImageExporterTest {

    @TempDir
    Path dir;

    private BufferedImage roundTrip(OutputImage img, ImageFormat fmt, ExportOptions opts) throws IOException {
        Path file = dir.resolve("out." + fmt.extension());
        ImageExporter.write(img, fmt, file, opts);
        assertThat(listing()).containsExactly(file.getFileName().toString());
        BufferedImage read = ImageIO.read(file.toFile());
        Files.delete(file);
        return read;
    }

    private String[] listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"PNG", "BMP", "TIFF"})
    void losslessFormatsKeep8BitGreyAndRgbExactly(ImageFormat fmt) throws IOException {
        for (int channels : new int[] {1, 3}) {
            OutputImage img = TestImages.noise(37, 23, channels, 8, channels);
            TestImages.assertSamples(img, roundTrip(img, fmt, ExportOptions.DEFAULT));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"PNG", "TIFF"})
    void pngAndTiffKeep16BitGreyAndRgbExactly(ImageFormat fmt) throws IOException {
        for (int channels : new int[] {1, 3}) {
            OutputImage img = TestImages.noise(19, 11, channels, 16, 40 + channels);
            BufferedImage read = roundTrip(img, fmt, ExportOptions.DEFAULT);
            assertThat(read.getSampleModel().getSampleSize(0)).isEqualTo(16);
            TestImages.assertSamples(img, read);
        }
    }

    @Test
    void gifKeeps8BitGreyExactlyThroughAGreyPalette() throws IOException {
        OutputImage img = TestImages.noise(41, 29, 1, 8, 11);
        BufferedImage read = roundTrip(img, ImageFormat.GIF, ExportOptions.DEFAULT);
        IndexColorModel palette = (IndexColorModel) read.getColorModel();
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                int index = read.getRaster().getSample(x, y, 0);
                int grey = img.sample(x, y, 0);
                assertThat(new int[] {palette.getRed(index), palette.getGreen(index), palette.getBlue(index)})
                        .as("pixel (%d,%d)", x, y).containsExactly(grey, grey, grey);
            }
        }
    }

    @Test
    void gifKeepsRgbExactlyWhenItHasAtMost256Colours() throws IOException {
        byte[] rgb = new byte[16 * 16 * 3];
        for (int i = 0; i < 256; i++) { // 256 different colours
            rgb[3 * i] = (byte) (i * 16);
            rgb[3 * i + 1] = (byte) (255 - i);
            rgb[3 * i + 2] = (byte) ((i % 16) * 17);
        }
        OutputImage img = OutputImage.of8(16, 16, 3, rgb);
        BufferedImage read = roundTrip(img, ImageFormat.GIF, ExportOptions.DEFAULT);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int argb = read.getRGB(x, y);
                assertThat(new int[] {argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF}).as("pixel (%d,%d)", x, y)
                        .containsExactly(img.sample(x, y, 0), img.sample(x, y, 1), img.sample(x, y, 2));
            }
        }
    }

    @Test
    void gifReducesManyColoursInsteadOfFailing() throws IOException {
        OutputImage img = TestImages.noise(64, 64, 3, 8, 12);
        BufferedImage read = roundTrip(img, ImageFormat.GIF, ExportOptions.DEFAULT);
        assertThat(read.getColorModel()).isInstanceOf(IndexColorModel.class);
        assertThat(read.getWidth()).isEqualTo(64);
    }

    /**
     * JPEG at quality 95 keeps nearly every sample within 3 levels. Not every one: at the sharp edge of the "bone" a
     * few samples ring by up to about 7 (grey) or 12 (RGB, chroma quantised more coarsely) levels.
     */
    @Test
    void jpegAtQuality95KeepsNearlyEverySampleWithin3() throws IOException {
        for (int channels : new int[] {1, 3}) {
            OutputImage img = TestImages.ctLike(96, 80, channels, 8, 13);
            BufferedImage read = roundTrip(img, ImageFormat.JPEG, ExportOptions.DEFAULT);
            int[] counts = TestImages.differences(img, read);
            long total = (long) img.width() * img.height() * channels;
            long within = counts[0] + counts[1] + counts[2] + counts[3];
            long sum = 0;
            for (int d = 0; d < counts.length; d++) {
                sum += (long) d * counts[d];
                if (counts[d] > 0) {
                    assertThat(d).as("largest difference, %d channels", channels).isLessThanOrEqualTo(16);
                }
            }
            assertThat((double) within / total).as("share within 3, %d channels", channels).isGreaterThan(0.95);
            assertThat((double) sum / total).as("mean difference, %d channels", channels).isLessThan(1.5);
        }
    }

    @Test
    void jpegKeepsColourAtFullResolution() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageExporter.write(TestImages.noise(16, 16, 3, 8, 4), ImageFormat.JPEG, out, ExportOptions.DEFAULT);
        byte[] jpeg = out.toByteArray();
        int sof = 2;
        while (!((jpeg[sof] & 0xFF) == 0xFF && (jpeg[sof + 1] & 0xFF) == 0xC0)) {
            sof++;
        }
        assertThat(jpeg[sof + 9]).as("component count").isEqualTo((byte) 3);
        for (int c = 0; c < 3; c++) {
            assertThat(jpeg[sof + 11 + 3 * c]).as("sampling factors of component %d", c).isEqualTo((byte) 0x11);
        }
    }

    @Test
    void jpegQualityChangesTheSize() throws IOException {
        OutputImage img = TestImages.ctLike(128, 128, 1, 8, 14);
        ByteArrayOutputStream low = new ByteArrayOutputStream();
        ByteArrayOutputStream high = new ByteArrayOutputStream();
        ImageExporter.write(img, ImageFormat.JPEG, low, ExportOptions.DEFAULT.withJpegQuality(20));
        ImageExporter.write(img, ImageFormat.JPEG, high, ExportOptions.DEFAULT);
        assertThat(low.size()).isLessThan(high.size());
        assertThat(ImageIO.read(new ByteArrayInputStream(low.toByteArray()))).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = ImageFormat.class, names = {"JPEG", "BMP", "GIF"})
    void sixteenBitIsRefusedAndLeavesNoFile(ImageFormat fmt) throws IOException {
        OutputImage img = TestImages.noise(4, 4, 1, 16, 1);
        Path file = dir.resolve("out." + fmt.extension());
        assertThatThrownBy(() -> ImageExporter.write(img, fmt, file, ExportOptions.DEFAULT))
                .isInstanceOf(UnsupportedImageFormatException.class)
                .hasMessage(fmt.name().toLowerCase() + " cannot hold 16-bit samples; use png or tiff");
        assertThat(listing()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> ImageExporter.write(img, fmt, out, ExportOptions.DEFAULT))
                .isInstanceOf(UnsupportedImageFormatException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void atomicWriteReplacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("sub/frame.png");
        OutputImage first = TestImages.noise(8, 8, 1, 8, 1);
        OutputImage second = TestImages.noise(9, 7, 3, 16, 2);
        ImageExporter.write(first, ImageFormat.PNG, file, ExportOptions.DEFAULT);
        ImageExporter.write(second, ImageFormat.PNG, file, ExportOptions.DEFAULT);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("frame.png");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(PngWriter.encode(second, PngOptions.DEFAULT));
    }

    @Test
    void streamVersionDoesNotCloseTheStream() throws IOException {
        class Tracking extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        for (ImageFormat fmt : ImageFormat.values()) {
            Tracking out = new Tracking();
            ImageExporter.write(TestImages.noise(5, 3, 1, 8, 3), fmt, out, ExportOptions.DEFAULT);
            assertThat(out.closed).as(fmt.name()).isFalse();
            assertThat(out.size()).as(fmt.name()).isPositive();
        }
    }
}
