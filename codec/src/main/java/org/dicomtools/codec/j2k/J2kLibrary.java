// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;
import com.github.jaiimageio.jpeg2000.impl.J2KImageWriterSpi;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.FrameFormat;

/**
 * The only class that touches jai-imageio-jpeg2000; replacing the library means replacing this class.
 *
 * <p>Readers and writers are made from the library's service providers directly, one per call: ImageIO readers and
 * writers keep state and are not thread-safe, while the two providers are immutable and shared. We do not look them
 * up with {@code ImageIO.getImageWritersByFormatName("jpeg2000")}: that works with the library on the class path,
 * but only while its {@code META-INF/services} entries survive (a shaded jar must merge them) and only for the class
 * loader ImageIO's registry scanned, which is not always ours in plug-in or server class loaders.
 *
 * <p>The library's writer codes into a temporary file (File.createTempFile, deleted after each frame but also
 * registered with deleteOnExit), so encoding needs a writable java.io.tmpdir.
 */
final class J2kLibrary {
    private static final ImageWriterSpi WRITERS = new J2KImageWriterSpi();
    private static final ImageReaderSpi READERS = new J2KImageReaderSpi();

    private J2kLibrary() {
    }

    /** Refuses frames the library cannot code as they are. */
    static void check(FrameFormat f) {
        if (f.bitsAllocated() > 16) {
            throw new CodecFailure("JPEG 2000 coding here takes 8 or 16 bits allocated, not " + f.bitsAllocated());
        }
        if (f.bitsStored() < 2) {
            throw new CodecFailure("JPEG 2000 coding here takes 2 to 16 bits stored, not " + f.bitsStored()
                    + " (the library codes 1-bit samples without their level shift)");
        }
    }

    /**
     * Wavelet decomposition levels: 5 as usual, fewer for small frames so that the lowest band keeps at least
     * 2 samples each way, as most encoders require; the library itself would decompose down to single samples.
     */
    static int levels(FrameFormat f) {
        int smaller = Math.min(f.columns(), f.rows());
        int log2 = 31 - Integer.numberOfLeadingZeros(smaller);
        return Math.max(0, Math.min(5, log2 - 1));
    }

    /**
     * Codes {@code image} as a raw codestream (no JP2 boxes): reversible 5/3 with RCT for three components when
     * {@code lossless}, else irreversible 9/7 with ICT at {@code bitsPerPixel}; one tile; the library's default
     * quality layers.
     */
    static byte[] write(BufferedImage image, boolean lossless, double bitsPerPixel, int levels) {
        ImageWriter writer = null;
        try {
            writer = WRITERS.createWriterInstance();
            J2KImageWriteParam param = new J2KImageWriteParam();
            param.setWriteCodeStreamOnly(true);
            param.setNumDecompositionLevels(levels);
            param.setComponentTransformation(image.getRaster().getNumBands() == 3);
            param.setLossless(lossless);
            if (lossless) {
                param.setFilter(J2KImageWriteParam.FILTER_53);
            } else {
                param.setFilter(J2KImageWriteParam.FILTER_97);
                param.setEncodingRate(bitsPerPixel);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            return bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new CodecFailure("JPEG 2000 encoder (jai-imageio) failed: " + e, e);
        } catch (Error e) {
            throw libraryError("encoder", e);
        } finally {
            if (writer != null) {
                writer.dispose();
            }
        }
    }

    /** Decodes the codestream in {@code data[offset, offset + length)}, after any inverse component transform. */
    static Raster read(byte[] data, int offset, int length) {
        ImageReader reader = null;
        try {
            reader = READERS.createReaderInstance();
            try (ImageInputStream in = new MemoryCacheImageInputStream(
                    new ByteArrayInputStream(data, offset, length))) {
                reader.setInput(in);
                return reader.read(0).getRaster();
            }
        } catch (IOException | RuntimeException e) {
            throw new CodecFailure("JPEG 2000 decoder (jai-imageio) failed: " + e, e);
        } catch (Error e) {
            throw libraryError("decoder", e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /** jj2000 throws plain Errors for some corrupt streams; those become CodecFailures, the JVM's own do not. */
    private static CodecFailure libraryError(String what, Error e) {
        if (e instanceof VirtualMachineError) {
            throw e;
        }
        return new CodecFailure("JPEG 2000 " + what + " (jai-imageio) failed: " + e, e);
    }
}
