// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.SplittableRandom;
import org.dicomtools.render.OutputImage;

/** Synthetic test images and sample comparisons. */
final class TestImages {

    private TestImages() {
    }

    /** Noise over the full sample range: every filter and every byte value gets exercised. */
    static OutputImage noise(int w, int h, int channels, int bits, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = w * h * channels;
        if (bits == 8) {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) rnd.nextInt(256);
            }
            return OutputImage.of8(w, h, channels, b);
        }
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = (short) rnd.nextInt(65536);
        }
        return OutputImage.of16(w, h, channels, s);
    }

    /** A CT-like slice: a dark background, a bright ellipse with soft edges, gentle texture and a little noise. */
    static OutputImage ctLike(int w, int h, int channels, int bits, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int max = (1 << bits) - 1;
        byte[] b = bits == 8 ? new byte[w * h * channels] : null;
        short[] s = bits == 16 ? new short[w * h * channels] : null;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - w / 2.0) / (w * 0.42);
                double dy = (y - h / 2.0) / (h * 0.36);
                double r = Math.sqrt(dx * dx + dy * dy);
                double body = r < 1 ? 0.45 + 0.1 * Math.sin(x / 9.0) * Math.cos(y / 13.0) : 0.02;
                if (Math.abs(dx) < 0.2 && Math.abs(dy - 0.1) < 0.25) {
                    body = 0.9; // "bone"
                }
                for (int c = 0; c < channels; c++) {
                    double v = body * (1 - 0.1 * c) + rnd.nextGaussian() * 0.004;
                    int q = (int) Math.max(0, Math.min(max, Math.round(v * max)));
                    int i = (y * w + x) * channels + c;
                    if (b != null) {
                        b[i] = (byte) q;
                    } else {
                        s[i] = (short) q;
                    }
                }
            }
        }
        return b != null ? OutputImage.of8(w, h, channels, b) : OutputImage.of16(w, h, channels, s);
    }

    /** Asserts that the raster read back holds exactly the samples of {@code img}. */
    static void assertSamples(OutputImage img, BufferedImage read) {
        assertWithin(img, read, 0);
    }

    /** Asserts every sample of the raster read back is within {@code tolerance} of {@code img}. */
    static void assertWithin(OutputImage img, BufferedImage read, int tolerance) {
        assertThat(read).isNotNull();
        assertThat(read.getWidth()).isEqualTo(img.width());
        assertThat(read.getHeight()).isEqualTo(img.height());
        Raster r = read.getRaster();
        assertThat(r.getNumBands()).isEqualTo(img.channels());
        int worst = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                for (int c = 0; c < img.channels(); c++) {
                    int diff = Math.abs(r.getSample(x, y, c) - img.sample(x, y, c));
                    if (tolerance == 0 && diff != 0) {
                        assertThat(r.getSample(x, y, c)).as("sample (%d,%d,%d)", x, y, c)
                                .isEqualTo(img.sample(x, y, c));
                    }
                    worst = Math.max(worst, diff);
                }
            }
        }
        assertThat(worst).as("largest sample difference").isLessThanOrEqualTo(tolerance);
    }

    /** The absolute differences between the samples of {@code img} and those read back, counted by size. */
    static int[] differences(OutputImage img, BufferedImage read) {
        Raster r = read.getRaster();
        assertThat(r.getNumBands()).isEqualTo(img.channels());
        int[] counts = new int[1 << img.bits()];
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                for (int c = 0; c < img.channels(); c++) {
                    counts[Math.abs(r.getSample(x, y, c) - img.sample(x, y, c))]++;
                }
            }
        }
        return counts;
    }
}
