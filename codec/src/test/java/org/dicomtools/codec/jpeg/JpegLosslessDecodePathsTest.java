// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

/**
 * The decoder has several paths (a fused loop for single-component frames written as decoded, a line-by-line one
 * for other single-component frames, the general one for several components and for restart intervals that end
 * mid-line), and its bit reading takes 8 bytes at a time or goes byte by byte around {@code FF}. Every path must
 * give what a plain decoder, written here straight from T.81 H.1.2 one sample at a time, gives, for streams that
 * cover them all: predictors 1-7, one or three components, point transforms, signed output, a precision above
 * bits stored, restart intervals of whole lines and ending mid-line, long codes, and category 16.
 */
class JpegLosslessDecodePathsTest {
    private static final JpegLosslessDecoder DECODER = new JpegLosslessDecoder();

    /** A frame's samples as P-bit unsigned patterns, pixel-interleaved. */
    private static int[] samples(int width, int height, int nc, int precision, String kind, long seed) {
        Random rnd = new Random(seed);
        int max = (1 << precision) - 1;
        int[] s = new int[width * height * nc];
        for (int i = 0; i < s.length; i++) {
            int p = i / nc;
            int x = p % width;
            int y = p / width;
            s[i] = switch (kind) {
                case "noise" -> rnd.nextInt(max + 1);
                // Neighbours half the range apart: differences of 32768 at 16 bits, category 16.
                case "jumps" -> ((x + y) % 2 == 0 ? 0 : 1 << (precision - 1)) + rnd.nextInt(3);
                default -> Math.max(0, Math.min(max, max * (x + 2 * y) / (width + 2 * height) + rnd.nextInt(9) - 4));
            };
            s[i] &= max;
        }
        return s;
    }

    /** Where the prediction of MCU {@code m} comes from under restart interval {@code r} (0 for none). */
    private static int predictorOf(int m, int width, int r, int predictor) {
        int start = r == 0 ? 0 : m / r * r;
        if (m == start) {
            return 0; // 2^(P-Pt-1)
        }
        if (m / width == start / width) {
            return 1; // Ra: the line in which the interval starts
        }
        return m % width == 0 ? 2 : predictor; // Rb at a line's start
    }

    private static int predict(int how, int[] s, int i, int nc, int up, int initial) {
        return switch (how) {
            case 0 -> initial;
            case 1 -> s[i - nc];
            case 2 -> s[i - up];
            default -> LosslessPrediction.predict(how, s[i - nc], s[i - up], s[i - up - nc]);
        };
    }

    /** A lossless JPEG of {@code s} (already point-transformed, {@code precision - pt} bits) in one scan. */
    private static byte[] encode(int[] s, int width, int height, int nc, int precision, int predictor, int pt,
                                 int restart) {
        int bits = precision - pt;
        int initial = 1 << (bits - 1);
        int up = width * nc;
        int[] d = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            int how = predictorOf(i / nc, width, restart, predictor);
            d[i] = LosslessPrediction.difference(s[i], predict(how, s, i, nc, up, initial));
        }
        HuffmanTable table = HuffmanTable.optimal(LosslessScanEncoder.categoryFrequencies(d));
        BitWriter w = new BitWriter();
        JpegWriter.soi(w);
        List<FrameHeader.Component> cs = new ArrayList<>();
        List<ScanHeader.ScanComponent> scs = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            cs.add(new FrameHeader.Component(c + 1, 1, 1, 0));
            scs.add(new ScanHeader.ScanComponent(c, 0, 0));
        }
        FrameHeader frame = new FrameHeader(Markers.SOF3, precision, height, width, cs);
        JpegWriter.frameHeader(w, frame);
        JpegWriter.huffmanTable(w, 0, 0, table);
        if (restart > 0) {
            JpegWriter.restartInterval(w, restart);
        }
        JpegWriter.scanHeader(w, frame, new ScanHeader(scs, predictor, 0, 0, pt));
        LosslessScanEncoder.write(w, d, table, restart * nc);
        JpegWriter.eoi(w);
        return w.toByteArray();
    }

    /** The plain decoder: the stream's single scan, one difference at a time through BitReader's own methods. */
    private static int[] referenceDecode(byte[] jpeg) {
        JpegReader r = new JpegReader(jpeg);
        r.readSoi();
        HuffmanTable[] dc = new HuffmanTable[4];
        HuffmanTable[] ac = new HuffmanTable[4];
        int[][] q = new int[4][];
        FrameHeader frame = null;
        while (true) {
            int m = r.nextMarker();
            if (m == Markers.SOF3) {
                frame = r.readFrameHeader();
            } else if (m == Markers.SOS) {
                break;
            } else {
                r.readTablesOrMisc(dc, ac, q);
            }
        }
        ScanHeader scan = r.readScanHeader();
        int width = frame.width();
        int nc = frame.components().size();
        int bits = frame.precision() - scan.al();
        int mask = (1 << bits) - 1;
        int restart = r.restartInterval();
        int[] s = new int[width * frame.height() * nc];
        BitReader in = new BitReader(jpeg, r.entropyStart(), jpeg.length);
        for (int i = 0; i < s.length; i++) {
            int mcu = i / nc;
            if (i % nc == 0 && restart > 0 && mcu > 0 && mcu % restart == 0) {
                in.restart();
            }
            int t = in.decode(dc[scan.components().get(i % nc).td()]);
            int diff = t == 0 ? 0 : t == 16 ? 32768 : BitReader.extend(in.bits(t), t);
            int how = predictorOf(mcu, width, restart, scan.ss());
            s[i] = (predict(how, s, i, nc, width * nc, 1 << (bits - 1)) + diff) & mask;
        }
        return s;
    }

    /** Samples of {@code bits} bits shifted left by {@code pt} into {@code format}'s native layout. */
    private static byte[] nativeBytes(int[] s, int pt, FrameFormat format) {
        int bps = format.bytesPerSample();
        int unused = 32 - format.bitsStored();
        byte[] b = new byte[s.length * bps];
        for (int i = 0; i < s.length; i++) {
            int v = s[i] << pt << unused;
            LosslessTestImages.put(b, i, bps, format.signed() ? v >> unused : v >>> unused);
        }
        return b;
    }

    private static void check(int width, int height, int nc, int precision, int bitsStored, boolean signed,
                              int predictor, int pt, int restart, String kind, long seed) {
        int[] original = samples(width, height, nc, precision, kind, seed);
        int[] shifted = original.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] >>= pt;
        }
        byte[] jpeg = encode(shifted, width, height, nc, precision, predictor, pt, restart);
        FrameFormat format = new FrameFormat(width, height, nc, bitsStored <= 8 ? 8 : 16, bitsStored, signed, false);
        String what = String.format("%dx%dx%d P%d stored %d%s, predictor %d, pt %d, restart %d, %s", width,
                height, nc, precision, bitsStored, signed ? " signed" : "", predictor, pt, restart, kind);
        int[] reference = referenceDecode(jpeg);
        assertThat(reference).as("reference decoder: " + what).isEqualTo(shifted);
        byte[] decoded = DECODER.decode(jpeg, format, DecodeOptions.DEFAULT).samples();
        assertThat(decoded).as(what).isEqualTo(nativeBytes(reference, pt, format));
    }

    @Test
    void everyPathDecodesAsThePlainDecoderDoes() {
        long seed = 1;
        int[][] sizes = {{1, 1}, {5, 3}, {33, 9}, {150, 6}};
        for (int[] size : sizes) {
            int w = size[0];
            int h = size[1];
            // none, whole lines (all paths), ending mid-line (the general path), a single MCU
            int[] restarts = {0, 2 * w, w + 3, 1};
            for (int nc : new int[] {1, 3}) {
                for (int predictor = 1; predictor <= 7; predictor++) {
                    for (int restart : restarts) {
                        for (String kind : new String[] {"smooth", "noise"}) {
                            check(w, h, nc, 12, 12, false, predictor, 0, restart, kind, seed++);
                            check(w, h, nc, 16, 16, false, predictor, 0, restart, kind, seed++);
                            check(w, h, nc, 8, 8, false, predictor, 0, restart, kind, seed++);
                        }
                        check(w, h, nc, 16, 16, true, predictor, 0, restart, "noise", seed++);
                        check(w, h, nc, 12, 12, true, predictor, 0, restart, "noise", seed++);
                        check(w, h, nc, 12, 12, false, predictor, 3, restart, "smooth", seed++);
                        check(w, h, nc, 16, 12, true, predictor, 0, restart, "smooth", seed++);
                        check(w, h, nc, 16, 16, false, predictor, 0, restart, "jumps", seed++);
                        check(w, h, nc, 2, 2, false, predictor, 0, restart, "noise", seed++);
                    }
                }
            }
        }
    }

    @Test
    void longRunsOfStuffedBytesAndLongCodesDecode() {
        // Noise over 16 bits gives codes up to 16 bits long and FF bytes, stuffed, throughout the data.
        for (int predictor = 1; predictor <= 7; predictor++) {
            check(512, 24, 1, 16, 16, false, predictor, 0, 0, "noise", 100 + predictor);
            check(512, 24, 1, 16, 16, false, predictor, 0, 512, "jumps", 200 + predictor);
        }
    }
}
