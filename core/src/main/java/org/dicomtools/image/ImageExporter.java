// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.dicomtools.io.AtomicFile;
import org.dicomtools.render.OutputImage;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes a rendered image as PNG (our {@link PngWriter}) or, through javax.imageio, as JPEG, BMP, GIF or TIFF.
 *
 * <ul>
 *   <li>PNG: grey and RGB, 8 and 16 bits, lossless.
 *   <li>JPEG: 8-bit grey (one component) and RGB (YCbCr, chroma not subsampled), baseline, quality from
 *       {@link ExportOptions#jpegQuality()}.
 *   <li>BMP: 8-bit grey (as an 8-bit grey palette) and RGB (24 bits), lossless.
 *   <li>GIF: 8-bit grey is lossless (a 256-entry grey palette); 8-bit RGB is reduced by the JDK's writer to a palette
 *       of at most 256 colours without dithering, exact only when the image has no more than 256 colours.
 *   <li>TIFF: grey and RGB, 8 and 16 bits, uncompressed, lossless.
 * </ul>
 *
 * 16-bit images in JPEG, BMP or GIF are refused with {@link UnsupportedImageFormatException} before anything is
 * written.
 */
public final class ImageExporter {

    private ImageExporter() {
    }

    /**
     * Writes {@code img} to {@code target} atomically: the file appears whole or not at all.
     *
     * @throws UnsupportedImageFormatException when the format cannot hold the image
     * @throws org.dicomtools.error.OutputException when the file cannot be written
     */
    public static void write(OutputImage img, ImageFormat fmt, Path target, ExportOptions opts) {
        check(img, fmt);
        AtomicFile.write(target, out -> write(img, fmt, out, opts));
    }

    /**
     * Writes {@code img} to {@code out}, which is not closed.
     *
     * @throws UnsupportedImageFormatException when the format cannot hold the image
     */
    public static void write(OutputImage img, ImageFormat fmt, OutputStream out, ExportOptions opts)
            throws IOException {
        check(img, fmt);
        if (fmt == ImageFormat.PNG) {
            PngWriter.write(img, out, opts.png());
            return;
        }
        BufferedImage image = BufferedImages.of(img);
        ImageWriter writer = writer(fmt);
        // A memory cache, not ImageIO.createImageOutputStream, which may spill to a file in the temporary folder.
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = null;
            IIOMetadata metadata = null;
            if (fmt == ImageFormat.JPEG) {
                param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(opts.jpegQuality() / 100f);
                metadata = fullChroma(writer, image, param);
            }
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * JPEG metadata asking for every component at full resolution (4:4:4). The writer's default halves the colour
     * resolution both ways (4:2:0), which smears thin coloured lines such as overlays and Doppler; without it, 8-bit RGB
     * at quality 95 stays within a few levels of the input. Grey images have one component and are unchanged.
     */
    private static IIOMetadata fullChroma(ImageWriter writer, BufferedImage image, ImageWriteParam param)
            throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
        String format = "javax_imageio_jpeg_image_1.0";
        Node tree = metadata.getAsTree(format);
        NodeList components = ((Element) tree).getElementsByTagName("componentSpec");
        for (int i = 0; i < components.getLength(); i++) {
            Element c = (Element) components.item(i);
            c.setAttribute("HsamplingFactor", "1");
            c.setAttribute("VsamplingFactor", "1");
        }
        metadata.setFromTree(format, tree);
        return metadata;
    }

    /** Refuses combinations the format cannot hold, before any output exists. */
    static void check(OutputImage img, ImageFormat fmt) {
        if (fmt == null) {
            throw new IllegalArgumentException("image format must not be null");
        }
        if (img.bits() == 16 && !fmt.holds16Bit()) {
            String name = fmt.name().toLowerCase(java.util.Locale.ROOT);
            throw new UnsupportedImageFormatException(fmt, name + " cannot hold 16-bit samples; use png or tiff");
        }
    }

    private static ImageWriter writer(ImageFormat fmt) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(fmt.imageIoName());
        if (!writers.hasNext()) {
            throw new UnsupportedImageFormatException(fmt, "this Java runtime has no " + fmt.imageIoName() + " writer");
        }
        return writers.next();
    }
}
