// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import com.github.jaiimageio.jpeg2000.impl.J2KImageWriterSpi;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.dicomtools.codec.FrameFormat;

/** Frames for the JPEG 2000 tests, and the library's writer driven directly for shapes our encoders do not make. */
final class J2kTestImages {
    private J2kTestImages() {
    }

    static FrameFormat format(int width, int height, int components, int stored, boolean signed) {
        return new FrameFormat(width, height, components, stored <= 8 ? 8 : 16, stored, signed, false);
    }

    /** Smooth gradients plus a little noise, each component its own; full range, extremes sprinkled in. */
    static byte[] image(FrameFormat f, long seed) {
        Random rnd = new Random(seed);
        int bits = f.bitsStored();
        int max = (1 << bits) - 1;
        int n = f.pixels() * f.samplesPerPixel();
        byte[] b = new byte[n * f.bytesPerSample()];
        for (int i = 0; i < n; i++) {
            int pixel = i / f.samplesPerPixel();
            int c = i % f.samplesPerPixel();
            int x = pixel % f.columns();
            int y = pixel / f.columns();
            double wave = Math.sin(x / (5.0 + 3 * c)) * Math.cos(y / (7.0 + c));
            int v = (int) (max / 2.0 * (1 + 0.9 * wave)) + rnd.nextInt(9) - 4;
            if (rnd.nextInt(60) == 0) {
                v = rnd.nextBoolean() ? 0 : max;
            }
            put(b, i, f, Math.max(0, Math.min(max, v)) - (f.signed() ? 1 << (bits - 1) : 0));
        }
        return b;
    }

    /** A 12-bit CT-like slice: air outside a body, soft tissue with structure, bone, and noise of {@code sigma}. */
    static byte[] ct(FrameFormat f, double sigma, long seed) {
        Random rnd = new Random(seed);
        byte[] b = new byte[(int) f.frameLength()];
        for (int y = 0; y < f.rows(); y++) {
            for (int x = 0; x < f.columns(); x++) {
                double dx = (x - f.columns() / 2.0) / f.columns();
                double dy = (y - f.rows() / 2.0) / f.rows();
                double r = Math.hypot(dx * 1.2, dy);
                double v = r > 0.42 ? 24 : 1040 + 60 * Math.sin(x / 11.0) * Math.cos(y / 17.0);
                if (r < 0.42 && Math.hypot(dx - 0.1, dy + 0.05) < 0.06) {
                    v = 2200;
                }
                v += rnd.nextGaussian() * sigma;
                put(b, y * f.columns() + x, f, (int) Math.max(0, Math.min(4095, Math.round(v))));
            }
        }
        return b;
    }

    static void put(byte[] b, int i, FrameFormat f, int v) {
        int bps = f.bytesPerSample();
        for (int k = 0; k < bps; k++) {
            b[i * bps + k] = (byte) (v >> (8 * k));
        }
    }

    /** Sample {@code i} as the value it stands for: sign-extended from bitsStored when signed. */
    static int get(byte[] b, int i, FrameFormat f) {
        int bps = f.bytesPerSample();
        int v = bps == 1 ? b[i] & 0xFF : (b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8;
        int unused = 32 - f.bitsStored();
        return f.signed() ? v << unused >> unused : v << unused >>> unused;
    }

    /** The interleaved frame {@code b} laid out plane by plane. */
    static byte[] planar(byte[] b, FrameFormat f) {
        byte[] p = new byte[b.length];
        int nc = f.samplesPerPixel();
        int bps = f.bytesPerSample();
        for (int i = 0; i < f.pixels(); i++) {
            for (int c = 0; c < nc; c++) {
                System.arraycopy(b, (i * nc + c) * bps, p, (c * f.pixels() + i) * bps, bps);
            }
        }
        return p;
    }

    /** Peak signal to noise ratio in dB over the values of {@code f}, peak 2^bitsStored - 1. */
    static double psnr(byte[] a, byte[] b, FrameFormat f) {
        int n = f.pixels() * f.samplesPerPixel();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = get(a, i, f) - get(b, i, f);
            sum += d * d;
        }
        double peak = (1 << f.bitsStored()) - 1;
        return 10 * Math.log10(peak * peak / (sum / n));
    }

    /**
     * The library's writer used directly: lossless 5/3 with RCT for 3 components, tiles of {@code tile} samples
     * square (0 for one tile), a raw codestream or, when {@code jp2}, a JP2 file.
     */
    static byte[] libraryLossless(byte[] samples, FrameFormat f, int tile, boolean jp2) {
        BufferedImage image = J2kSamples.toImage(samples, f);
        try {
            ImageWriter writer = new J2KImageWriterSpi().createWriterInstance();
            J2KImageWriteParam param = new J2KImageWriteParam();
            param.setWriteCodeStreamOnly(!jp2);
            param.setLossless(true);
            param.setComponentTransformation(f.samplesPerPixel() == 3);
            if (tile > 0) {
                param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
                param.setTiling(tile, tile, 0, 0);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code stream} decodes (by jai-imageio) to the low {@code bitsStored} bits of every sample. */
    static boolean exact(byte[] stream, byte[] samples, FrameFormat f) {
        Raster decoded = J2kLibrary.read(stream, 0, stream.length);
        int w = f.columns();
        int h = f.rows();
        int nc = f.samplesPerPixel();
        if (decoded.getWidth() != w || decoded.getHeight() != h || decoded.getNumBands() != nc) {
            return false;
        }
        int mask = (int) ((1L << f.bitsStored()) - 1);
        int pixels = f.pixels();
        int bps = f.bytesPerSample();
        int[] b = new int[pixels];
        for (int c = 0; c < nc; c++) {
            decoded.getSamples(decoded.getMinX(), decoded.getMinY(), w, h, c, b);
            int pos = f.planar() ? c * pixels * bps : c * bps;
            int step = f.planar() ? bps : nc * bps;
            for (int i = 0; i < pixels; i++, pos += step) {
                int a = bps == 1 ? samples[pos] & 0xFF : (samples[pos] & 0xFF) | (samples[pos + 1] & 0xFF) << 8;
                if (((a ^ b[i]) & mask) != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
