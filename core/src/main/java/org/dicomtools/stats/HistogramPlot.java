// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Locale;
import org.dicomtools.render.OutputImage;

/**
 * Draws a {@link Histogram} as a bar chart with Java2D into an off-screen image: title, a line of summary figures,
 * value axis with 5 to 8 ticks at round values (1-2-5 steps) in data units, count axis, light grid and one bar per
 * bin. Only a {@link BufferedImage} is used, so it works headless and sets nothing global.
 */
public final class HistogramPlot {
    private static final Color BACKGROUND = Color.WHITE;
    private static final Color GRID = new Color(226, 226, 226);
    private static final Color AXIS = new Color(64, 64, 64);
    private static final Color BAR = new Color(62, 110, 180);
    private static final Color BAR_EDGE = new Color(38, 70, 120);
    private static final Color TEXT = new Color(20, 20, 20);
    private static final int LEFT = 84;
    private static final int RIGHT = 28;
    private static final int TOP = 64;
    private static final int BOTTOM = 62;
    /** Headroom above the tallest bar, as a fraction of its count. */
    private static final double HEADROOM = 0.05;

    private HistogramPlot() {
    }

    /** The chart as an 8-bit RGB image of {@code o.width() × o.height()} pixels. */
    public static OutputImage draw(Histogram h, PlotOptions o) {
        BufferedImage img = new BufferedImage(o.width(), o.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, o.width(), o.height());
            new Chart(g, h, o).paint();
        } finally {
            g.dispose();
        }
        return toRgb(img);
    }

    /** Plot area and scales of one drawing. */
    private record Chart(Graphics2D g, Histogram h, PlotOptions o, int x0, int x1, int y0, int y1, double lo,
                         double hi, double top) {
        Chart(Graphics2D g, Histogram h, PlotOptions o) {
            this(g, h, o, LEFT, o.width() - RIGHT, TOP, o.height() - BOTTOM, h.edges()[0],
                    h.edges()[h.edges().length - 1], Math.max(1, max(h.counts())) * (1 + HEADROOM));
        }

        double x(double v) {
            return x0 + (v - lo) / (hi - lo) * (x1 - x0);
        }

        double y(double count) {
            return y1 - count / top * (y1 - y0);
        }

        void paint() {
            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            g.setFont(small);
            FontMetrics fm = g.getFontMetrics();
            double xStep = NiceTicks.step(lo, hi, 0);
            while (xStep / (hi - lo) * (x1 - x0) < widest(fm, lo, hi, xStep) + 12) {
                xStep = NiceTicks.larger(xStep); // fewer ticks when their labels would touch
            }
            double yStep = NiceTicks.step(0, top, 1);
            while (yStep / top * (y1 - y0) < fm.getHeight() + 4) {
                yStep = NiceTicks.larger(yStep);
            }
            double[] xTicks = NiceTicks.ticks(lo, hi, xStep);
            double[] yTicks = NiceTicks.ticks(0, top, yStep);
            g.setColor(GRID);
            for (double t : xTicks) {
                int px = (int) Math.round(x(t));
                g.drawLine(px, y0, px, y1);
            }
            for (double t : yTicks) {
                int py = (int) Math.round(y(t));
                g.drawLine(x0, py, x1, py);
            }
            bars();
            g.setColor(AXIS);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(x0, y1, x1, y1);
            g.drawLine(x0, y0, x0, y1);
            g.setStroke(new BasicStroke(1f));
            for (double t : xTicks) {
                int px = (int) Math.round(x(t));
                g.setColor(AXIS);
                g.drawLine(px, y1, px, y1 + 5);
                text(NiceTicks.label(t, xStep), px, y1 + 7 + fm.getAscent(), 0.5);
            }
            for (double t : yTicks) {
                int py = (int) Math.round(y(t));
                g.setColor(AXIS);
                g.drawLine(x0 - 5, py, x0, py);
                text(NiceTicks.label(t, yStep), x0 - 8, py + fm.getAscent() / 2 - 1, 1);
            }
            g.setFont(small.deriveFont(Font.BOLD, 13f));
            text(o.xLabel(), (x0 + x1) / 2, o.height() - 14, 0.5);
            AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 2);
            text("count", -(y0 + y1) / 2, 20, 0.5);
            g.setTransform(saved);
            g.setFont(fit(new Font(Font.SANS_SERIF, Font.BOLD, 16), o.title(), o.width() - 20));
            text(o.title(), o.width() / 2, 26, 0.5);
            g.setFont(fit(small, summary(), o.width() - 20));
            if (g.getFontMetrics().stringWidth(summary()) <= o.width() - 20) {
                text(summary(), o.width() / 2, 48, 0.5); // left out rather than cut off on narrow plots
            }
        }

        void bars() {
            long[] counts = h.counts();
            double[] e = h.edges();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                int left = (int) Math.floor(x(e[i]));
                int right = Math.max(left + 1, (int) Math.floor(x(e[i + 1])));
                int up = Math.min(y1 - 1, (int) Math.round(y(counts[i])));
                g.setColor(BAR);
                g.fillRect(left, up, right - left, y1 - up);
                if (right - left >= 5) {
                    g.setColor(BAR_EDGE);
                    g.drawRect(left, up, right - left - 1, y1 - up - 1);
                }
            }
        }

        String summary() {
            return "n " + h.total() + "    min " + figure(h.min()) + "    max " + figure(h.max()) + "    mean "
                    + figure(h.mean()) + "    std " + figure(h.std()) + "    " + h.bins()
                    + (h.bins() == 1 ? " bin" : " bins");
        }

        /** Width of the widest tick label. */
        int widest(FontMetrics fm, double from, double to, double step) {
            int w = 0;
            for (double t : NiceTicks.ticks(from, to, step)) {
                w = Math.max(w, fm.stringWidth(NiceTicks.label(t, step)));
            }
            return w;
        }

        /** Draws {@code s} with its baseline at y, {@code align} 0 left, 0.5 centred, 1 right of x. */
        void text(String s, int x, int y, double align) {
            g.setColor(TEXT);
            g.drawString(s, (float) (x - align * g.getFontMetrics().stringWidth(s)), y);
        }

        /** The font, made smaller (down to 10 points) until {@code s} fits in {@code width} pixels. */
        Font fit(Font f, String s, int width) {
            Font font = f;
            while (font.getSize2D() > 10 && g.getFontMetrics(font).stringWidth(s) > width) {
                font = font.deriveFont(font.getSize2D() - 1);
            }
            return font;
        }
    }

    /** A summary figure: integers plainly, else 5 significant digits without trailing zeros. */
    private static String figure(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.5g", v);
        return s.contains("e") || !s.contains(".") ? s : s.replaceAll("\\.?0+$", "");
    }

    private static long max(long[] counts) {
        long m = 0;
        for (long c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    private static OutputImage toRgb(BufferedImage img) {
        int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[argb.length * 3];
        for (int i = 0, j = 0; i < argb.length; i++) {
            int p = argb[i];
            rgb[j++] = (byte) (p >> 16);
            rgb[j++] = (byte) (p >> 8);
            rgb[j++] = (byte) p;
        }
        return OutputImage.of8(img.getWidth(), img.getHeight(), 3, rgb);
    }
}
