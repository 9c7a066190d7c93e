// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.EncodeOptions.Subsampling;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Interoperability with the JDK's JPEG codec (javax.imageio), an independent implementation: each side decodes what
 * the other wrote, and both decoders agree on the same stream. The JDK's integer IDCT, chroma upsampling and colour
 * conversion round differently from ours, hence the tolerances: ±1 per coded component, ±2 after colour conversion
 * (a ±1 difference in Cb or Cr becomes up to 1.772 in RGB).
 */
class DctJdkInteropTest {
    private static final JpegDctEncoder ENCODER = new JpegDctEncoder();
    private static final JpegDctDecoder DECODER = new JpegDctDecoder();

    @Test
    void jdkReadsOurGreyWithinOne() throws IOException {
        FrameFormat f = new FrameFormat(77, 51, 1, 8, 8, false, false);
        byte[] jpeg = ENCODER.encode(DctTestImages.gradient(f, 1), f, EncodeOptions.DEFAULT);
        byte[] ours = DECODER.decode(jpeg, f, DecodeOptions.DEFAULT).samples();
        byte[] jdk = DctTestImages.samplesOf(ImageIO.read(new ByteArrayInputStream(jpeg)), 1);
        assertThat(DctTestImages.maxDifference(ours, jdk, f)).isLessThanOrEqualTo(1);
    }

    /**
     * Odd sizes included, but not a 4:2:2 width of 3 or 4: with two chroma samples per row the JDK replicates them
     * instead of interpolating, which differs from us by far more than rounding.
     */
    @ParameterizedTest
    @CsvSource({"S444, 77, 51", "S422, 77, 51", "S422, 1, 1", "S444, 3, 5", "S422, 5, 3", "S444, 17, 9",
        "S422, 17, 9"})
    void jdkReadsOurYcbcrWithinOneAndOurRgbWithinTwo(Subsampling s, int w, int h) throws IOException {
        FrameFormat f = new FrameFormat(w, h, 3, 8, 8, false, false);
        byte[] jpeg = ENCODER.encode(DctTestImages.gradient(f, 2), f, EncodeOptions.DEFAULT.withSubsampling(s));

        DecodedFrame ycc = DECODER.decode(jpeg, f, new DecodeOptions(DecodeOptions.ColorTransform.NONE));
        assertThat(ycc.colorSpace()).isEqualTo(ColorSpace.YBR_FULL);
        // readRaster returns the components as decoded and upsampled, without colour conversion
        byte[] jdkYcc = rasterSamples(jpeg);
        assertThat(DctTestImages.maxDifference(ycc.samples(), jdkYcc, f)).isLessThanOrEqualTo(1);

        byte[] ours = DECODER.decode(jpeg, f, DecodeOptions.DEFAULT).samples();
        byte[] jdk = DctTestImages.samplesOf(ImageIO.read(new ByteArrayInputStream(jpeg)), 3);
        assertThat(DctTestImages.maxDifference(ours, jdk, f)).isLessThanOrEqualTo(2);
    }

    @Test
    void jdkTakesOurUnconvertedRgbAsRgb() throws IOException {
        FrameFormat f = new FrameFormat(40, 32, 3, 8, 8, false, false);
        byte[] samples = DctTestImages.gradient(f, 3);
        byte[] jpeg = ENCODER.encode(samples, f, new EncodeOptions(95, 1, 0, Subsampling.S444, false, 4));
        byte[] jdk = DctTestImages.samplesOf(ImageIO.read(new ByteArrayInputStream(jpeg)), 3);
        assertThat(DctTestImages.psnr(samples, jdk, f, 8)).isGreaterThan(38);
        assertThat(DctTestImages.maxDifference(DECODER.decode(jpeg, f, DecodeOptions.DEFAULT).samples(), jdk, f))
                .isLessThanOrEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"1, false, 0", "3, false, 0", "1, true, 0", "3, true, 0", "3, false, 3", "3, true, 2",
        "1, false, 5"})
    void weReadJdkBaselineAndProgressiveWithinTwo(int spp, boolean progressive, int restartInterval)
            throws IOException {
        FrameFormat f = new FrameFormat(93, 61, spp, 8, 8, false, false);
        BufferedImage image = DctTestImages.imageOf(DctTestImages.gradient(f, 4), f);
        byte[] jpeg = jdkWrite(image, progressive, restartInterval);
        if (progressive) {
            assertThat(DctRoundTripTest.containsMarker(jpeg, Markers.SOF2)).isTrue();
        }
        if (restartInterval > 0) {
            assertThat(DctRoundTripTest.containsMarker(jpeg, Markers.RST0)).isTrue();
        }
        DecodedFrame ours = DECODER.decode(jpeg, f, DecodeOptions.DEFAULT);
        assertThat(ours.colorSpace()).isEqualTo(spp == 1 ? ColorSpace.MONOCHROME : ColorSpace.RGB);
        byte[] jdk = DctTestImages.samplesOf(ImageIO.read(new ByteArrayInputStream(jpeg)), spp);
        assertThat(DctTestImages.maxDifference(ours.samples(), jdk, f)).isLessThanOrEqualTo(2);
    }

    /** The JDK's default colour JPEG is JFIF YCbCr with 2×2 luma sampling: 4:2:0. */
    @Test
    void jdkColourDefaultIsFourTwoZero() throws IOException {
        FrameFormat f = new FrameFormat(20, 20, 3, 8, 8, false, false);
        byte[] jpeg = jdkWrite(DctTestImages.imageOf(DctTestImages.gradient(f, 5), f), false, 0);
        JpegReader reader = new JpegReader(jpeg);
        reader.readSoi();
        while (!Markers.isSof(reader.nextMarker())) {
            reader.skipSegment();
        }
        FrameHeader frame = reader.readFrameHeader();
        assertThat(frame.components().get(0).h()).isEqualTo(2);
        assertThat(frame.components().get(0).v()).isEqualTo(2);
        assertThat(reader.jfif()).isTrue();
    }

    private static byte[] rasterSamples(byte[] jpeg) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            Raster r = reader.readRaster(0, null);
            byte[] out = new byte[r.getWidth() * r.getHeight() * 3];
            for (int y = 0; y < r.getHeight(); y++) {
                for (int x = 0; x < r.getWidth(); x++) {
                    for (int c = 0; c < 3; c++) {
                        out[(y * r.getWidth() + x) * 3 + c] = (byte) r.getSample(x, y, c);
                    }
                }
            }
            return out;
        } finally {
            reader.dispose();
        }
    }

    /** The JDK's JPEG writer at its default quality, optionally progressive and with a DRI segment. */
    static byte[] jdkWrite(BufferedImage image, boolean progressive, int restartInterval) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        IIOMetadata metadata = writer.getDefaultImageMetadata(
                javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image), param);
        if (restartInterval > 0) {
            String format = "javax_imageio_jpeg_image_1.0";
            Node root = metadata.getAsTree(format);
            Node sequence = root.getLastChild();
            Element dri = new javax.imageio.metadata.IIOMetadataNode("dri");
            dri.setAttribute("interval", Integer.toString(restartInterval));
            sequence.insertBefore(dri, sequence.getFirstChild());
            metadata.setFromTree(format, root);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
