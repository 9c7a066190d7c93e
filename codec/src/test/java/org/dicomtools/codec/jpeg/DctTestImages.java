// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.dicomtools.codec.FrameFormat;

/** Synthetic frames for the DCT codec tests, and the measures the tests apply to them. */
final class DctTestImages {

    private DctTestImages() {
    }

    /**
     * A smooth image with some noise, in native layout: each component a diagonal gradient of its own direction
     * plus a low-frequency wave, and uniform noise of about 1/64 of the range.
     */
    static byte[] gradient(FrameFormat f, long seed) {
        Random random = new Random(seed);
        int max = (1 << f.bitsStored()) - 1;
        int spp = f.samplesPerPixel();
        int n = f.pixels();
        byte[] out = new byte[(int) f.frameLength()];
        for (int y = 0; y < f.rows(); y++) {
            for (int x = 0; x < f.columns(); x++) {
                for (int c = 0; c < spp; c++) {
                    double gx = (double) x / Math.max(1, f.columns() - 1);
                    double gy = (double) y / Math.max(1, f.rows() - 1);
                    double t = c == 0 ? 0.6 * gx + 0.3 * gy : c == 1 ? 0.2 * gx + 0.6 * gy : 0.5 * (1 - gx) + 0.3 * gy;
                    t += 0.08 * Math.sin(x / 5.0 + c) * Math.cos(y / 7.0);
                    int v = (int) Math.round(max * (0.05 + 0.85 * t + (random.nextDouble() - 0.5) / 64));
                    v = Math.max(0, Math.min(max, v));
                    int i = f.planar() ? c * n + y * f.columns() + x : (y * f.columns() + x) * spp + c;
                    put(out, f, i, v);
                }
            }
        }
        return out;
    }

    /** Sample {@code i} (in buffer order) of a native buffer. */
    static int get(byte[] buf, FrameFormat f, int i) {
        return f.bitsAllocated() == 16 ? (buf[2 * i] & 0xFF) | (buf[2 * i + 1] & 0xFF) << 8 : buf[i] & 0xFF;
    }

    static void put(byte[] buf, FrameFormat f, int i, int v) {
        if (f.bitsAllocated() == 16) {
            buf[2 * i] = (byte) v;
            buf[2 * i + 1] = (byte) (v >> 8);
        } else {
            buf[i] = (byte) v;
        }
    }

    /** PSNR in dB of {@code b} against {@code a} (both interleaved, same format), relative to 2^bits - 1. */
    static double psnr(byte[] a, byte[] b, FrameFormat f, int bits) {
        long n = f.pixels() * (long) f.samplesPerPixel();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = get(a, f, i) - get(b, f, i);
            sum += d * d;
        }
        double max = (1 << bits) - 1;
        return sum == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(max * max * n / sum);
    }

    /** Largest absolute difference between two interleaved buffers. */
    static int maxDifference(byte[] a, byte[] b, FrameFormat f) {
        int n = f.pixels() * f.samplesPerPixel();
        int m = 0;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, Math.abs(get(a, f, i) - get(b, f, i)));
        }
        return m;
    }

    /** An 8-bit interleaved buffer of a JDK image's samples (grey from the raster, colour as sRGB). */
    static byte[] samplesOf(BufferedImage img, int spp) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] out = new byte[w * h * spp];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (spp == 1) {
                    // getRGB would pass linear grey through a colour conversion; the raster has the decoded values
                    out[y * w + x] = (byte) img.getRaster().getSample(x, y, 0);
                } else {
                    int rgb = img.getRGB(x, y);
                    out[(y * w + x) * 3] = (byte) (rgb >> 16);
                    out[(y * w + x) * 3 + 1] = (byte) (rgb >> 8);
                    out[(y * w + x) * 3 + 2] = (byte) rgb;
                }
            }
        }
        return out;
    }

    /** A JDK image of an 8-bit interleaved buffer. */
    static BufferedImage imageOf(byte[] samples, FrameFormat f) {
        int w = f.columns();
        int h = f.rows();
        boolean grey = f.samplesPerPixel() == 1;
        BufferedImage img = new BufferedImage(w, h, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (grey) {
                    img.getRaster().setSample(x, y, 0, samples[i] & 0xFF);
                } else {
                    img.setRGB(x, y, (samples[3 * i] & 0xFF) << 16 | (samples[3 * i + 1] & 0xFF) << 8
                            | (samples[3 * i + 2] & 0xFF));
                }
            }
        }
        return img;
    }
}
