// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.FrameFormat;

/**
 * Decodes the entropy-coded data of one lossless scan (T.81 H.1.2) into a pixel-interleaved sample array, for one
 * component (a non-interleaved scan) or several sampled 1x1 (an interleaved scan, one sample of each per MCU); and,
 * through {@link #decodePlane}, the scan of a single-component frame whose restart intervals, if any, are whole
 * lines straight into the frame's native buffer, the common case that gets a path of its own.
 *
 * <p>Prediction follows H.1.2.1: the first sample of the scan and of each restart interval is predicted by
 * 2^(P-Pt-1), the rest of the line in which an interval starts by Ra, the first sample of every other line by Rb,
 * and everything else by the scan's predictor. A reconstructed sample is the prediction plus the difference
 * modulo 2^16 (T.81 A.5, H.1.2.1), kept to its P-Pt bits. Some encoders (Philips and Samsung ultrasound among them,
 * see pydicom/pylibjpeg-libjpeg#90) code differences that only give the right sample through this wraparound, so
 * it must never be replaced by clamping.
 *
 * <p>Outside that path, each run of samples (a line, or the part of it inside one restart interval) is first
 * entropy-decoded into a buffer of differences by {@link DifferenceDecoder}, then reconstructed by
 * {@link LosslessPrediction#reconstruct}.
 */
final class LosslessScanDecoder {
    private final BitReader in;
    private final int[] s;
    private final int width;
    private final int height;
    /** Components of the frame, the step between pixels in {@link #s}. */
    private final int nc;
    /** Frame component index of each scan component. */
    private final int[] comps;
    private final DifferenceDecoder[] decoders;
    private final int predictor;
    private final int mask;
    private final int initial;
    /** The differences of the run being reconstructed, interleaved as coded. */
    private final int[] d;

    /**
     * @param bits P - Pt, the bits of a (point-transformed) sample
     */
    LosslessScanDecoder(BitReader in, int[] s, int width, int height, int nc, int[] comps, HuffmanTable[] tables,
                        int predictor, int bits) {
        this.in = in;
        this.s = s;
        this.width = width;
        this.height = height;
        this.nc = nc;
        this.comps = comps;
        this.decoders = DifferenceDecoder.of(tables);
        this.predictor = predictor;
        this.mask = (1 << bits) - 1;
        this.initial = 1 << (bits - 1);
        this.d = new int[width * comps.length];
    }

    /** Decodes the whole scan, {@code restartInterval} MCUs (samples per component) at a time, 0 for all. */
    void decode(int restartInterval) {
        long total = (long) width * height;
        long interval = restartInterval == 0 ? total : restartInterval;
        long left = interval;
        int intervalRow = 0;
        boolean intervalStart = true;
        int ns = comps.length;
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (left == 0) {
                    in.restart();
                    left = interval;
                    intervalRow = y;
                    intervalStart = true;
                }
                int run = (int) Math.min(width - x, left);
                DifferenceDecoder.decode(in, decoders, d, 0, run * ns);
                if (y == intervalRow) {
                    firstLine(y, x, x + run, intervalStart);
                } else {
                    otherLine(y, x, x + run);
                }
                intervalStart = false;
                left -= run;
                x += run;
            }
        }
    }

    /** Samples x0..x1-1 of a line in which a restart interval starts (or the first line): predicted by Ra. */
    private void firstLine(int y, int x0, int x1, boolean intervalStart) {
        int ns = comps.length;
        int rowBase = y * width * nc;
        int end = rowBase + x1 * nc;
        for (int k = 0; k < ns; k++) {
            int i = rowBase + x0 * nc + comps[k];
            int di = k;
            if (intervalStart) {
                s[i] = (initial + d[di]) & mask;
                i += nc;
                di += ns;
            }
            LosslessPrediction.reconstruct(1, s, i, end, nc, 0, d, di, ns, mask);
        }
    }

    /** Samples x0..x1-1 of any other line: Rb at its start, the scan's predictor elsewhere. */
    private void otherLine(int y, int x0, int x1) {
        int ns = comps.length;
        int up = width * nc;
        int rowBase = y * up;
        int end = rowBase + x1 * nc;
        for (int k = 0; k < ns; k++) {
            int i = rowBase + x0 * nc + comps[k];
            int di = k;
            if (x0 == 0) {
                s[i] = (s[i - up] + d[di]) & mask;
                i += nc;
                di += ns;
            }
            LosslessPrediction.reconstruct(predictor, s, i, end, nc, up, d, di, ns, mask);
        }
    }

    /**
     * Decodes the scan of the only component of a frame whose restart intervals, if any, are whole lines, line by
     * line, into
     * {@code out}, the frame's native buffer in {@code format} (1 or 2 bytes per sample): each sample shifted left
     * by the point transform {@code pt} and written as {@link SampleLayout#write} does. Only two lines of samples
     * are kept, the one being decoded and the one above it.
     *
     * @param bits             P - Pt, the bits of a (point-transformed) sample
     * @param linesPerInterval lines per restart interval, 0 for none
     */
    static void decodePlane(BitReader in, HuffmanTable table, int width, int height, int predictor, int bits,
                            int linesPerInterval, byte[] out, FrameFormat format, int pt) {
        DifferenceDecoder dd = new DifferenceDecoder(table);
        int interval = linesPerInterval == 0 ? height : linesPerInterval;
        if (format.bytesPerSample() == 2 && pt == 0 && bits <= format.bitsStored()) {
            int half = format.signed() ? 1 << (format.bitsStored() - 1) : 0;
            decodePlaneDirect(in, dd, width, height, predictor, bits, interval, half, out);
            return;
        }
        int mask = (1 << bits) - 1;
        int[] d = new int[width];
        int[] lines = new int[2 * width];
        int lineBytes = width * format.bytesPerSample();
        for (int y = 0; y < height; y++) {
            int cur = (y & 1) * width;
            int up = cur - (width - cur);
            boolean first = y % interval == 0;
            if (first && y > 0) {
                in.restart();
            }
            dd.decode(in, d, 0, width);
            if (first) {
                lines[cur] = ((1 << (bits - 1)) + d[0]) & mask;
                LosslessPrediction.reconstruct(1, lines, cur + 1, cur + width, 1, up, d, 1, 1, mask);
            } else {
                lines[cur] = (lines[cur - up] + d[0]) & mask;
                LosslessPrediction.reconstruct(predictor, lines, cur + 1, cur + width, 1, up, d, 1, 1, mask);
            }
            SampleLayout.write(lines, cur, width, out, y * lineBytes, format, pt);
        }
    }

    /**
     * {@link #decodePlane} for 2-byte samples without point transform and P no more than bits stored, the usual
     * case, in one loop: decode a difference as {@link DifferenceDecoder#decode} does, add it to the prediction,
     * store the result. A sample's native value is the sample itself, sign-extended from bits stored when signed:
     * {@code (x ^ half) - half}, with {@code half} 2^(bits stored - 1), or 0 when unsigned. So the line above can
     * be read back from {@code out}, keeping the low P bits. Separate passes would each add their loads, stores
     * and loop overhead to a loop that is bound by instruction count; like DifferenceDecoder's, the loop leaves
     * for anything unusual so that it has no call in it.
     */
    private static void decodePlaneDirect(BitReader in, DifferenceDecoder dd, int width, int height,
                                          int predictor, int bits, int interval, int half, byte[] out) {
        int[] fast = dd.fast;
        byte[] data = in.data;
        int last = in.end - 8;
        int mask = (1 << bits) - 1;
        int line = 2 * width;
        int initial = 1 << (bits - 1);
        // The prediction of a line's first sample: 2^(P-Pt-1) on the first line of a restart interval (or of the
        // scan), the first sample above (Rb) later; the rest of such a first line is predicted by Ra (H.1.2.1).
        int above = initial;
        for (int y = 0; y < height; y++) {
            int sv = predictor;
            if (y % interval == 0) {
                if (y > 0) {
                    in.restart();
                }
                above = initial;
                sv = 1;
            }
            int start = y * line;
            int stop = start + line;
            int x = (above + dd.next(in)) & mask;
            SampleLayout.LITTLE_ENDIAN_SHORT.set(out, start, (short) ((x ^ half) - half));
            int rc = above;
            above = x;
            int o = start + 2;
            while (o < stop) {
                int pos = in.pos;
                long buf = in.buf;
                int held = in.bits;
                for (; o < stop; o += 2) {
                    if (held < 32) {
                        long w;
                        if (pos > last || !BitReader.plain(w = BitReader.word(data, pos))) {
                            break;
                        }
                        buf |= w >>> held;
                        pos += (63 - held) >>> 3;
                        held |= 56;
                    }
                    int e = fast[(int) (buf >>> (64 - DifferenceDecoder.FAST_BITS))];
                    if (e <= 0) {
                        break;
                    }
                    int taken = e & 0xFF;
                    buf <<= taken;
                    held -= taken;
                    int px = x;
                    if (sv != 1) {
                        int rb = (short) SampleLayout.LITTLE_ENDIAN_SHORT.get(out, o - line) & mask;
                        px = LosslessPrediction.predict(sv, x, rb, rc);
                        rc = rb;
                    }
                    // The bias of the difference vanishes in the mask.
                    x = (px + (e >>> 8)) & mask;
                    SampleLayout.LITTLE_ENDIAN_SHORT.set(out, o, (short) ((x ^ half) - half));
                }
                in.pos = pos;
                in.buf = buf;
                in.bits = held;
                if (o < stop) {
                    int px = x;
                    if (sv != 1) {
                        int rb = (short) SampleLayout.LITTLE_ENDIAN_SHORT.get(out, o - line) & mask;
                        px = LosslessPrediction.predict(sv, x, rb, rc);
                        rc = rb;
                    }
                    x = (px + dd.next(in)) & mask;
                    SampleLayout.LITTLE_ENDIAN_SHORT.set(out, o, (short) ((x ^ half) - half));
                    o += 2;
                }
            }
        }
    }
}
