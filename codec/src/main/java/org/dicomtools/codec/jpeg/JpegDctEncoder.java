// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;

/**
 * JPEG DCT encoder, one interleaved sequential scan with Huffman coding: baseline (SOF0) for samples of up to 8
 * bits, extended sequential (SOF1) with 12-bit precision for 9 to 12 bits (from 8- or 16-bit buffers).
 *
 * <ul>
 * <li>Quantisation: the T.81 K.1 tables scaled by {@link EncodeOptions#quality()} (see {@link QuantizationTables});
 *     luminance for grey, Y and all three RGB components, chrominance for Cb and Cr.</li>
 * <li>Huffman: the T.81 K.3 example tables for 8-bit data (one pass); for 12-bit data, whose categories those
 *     tables do not cover, optimal tables per T.81 K.2 from a counting pass over the quantised blocks.</li>
 * <li>Colour: with {@link EncodeOptions#toYcbcr()} RGB is converted to full-range YCbCr (T.871) and the chroma
 *     subsampled per {@link EncodeOptions#subsampling()}: 4:4:4 or 4:2:2 (Y sampled 2×1); component ids 1, 2, 3
 *     and no JFIF APP0, as DICOM's YBR_FULL_422 streams usually have. Without it the components are coded as RGB,
 *     never subsampled, with ids 'R', 'G', 'B' and an Adobe APP14 segment saying "no transform". 4:2:0 is refused:
 *     DICOM has no photometric interpretation for it, so it is decode-only.</li>
 * <li>Edges: blocks and MCUs that reach past the right or bottom edge are filled by replicating the last column
 *     and row, which codes cheaply and does not ring.</li>
 * </ul>
 */
public final class JpegDctEncoder implements FrameEncoder {

    @Override
    public byte[] encode(byte[] samples, FrameFormat format, EncodeOptions options) {
        if (format.signed()) {
            throw new CodecFailure("signed data cannot be coded with DCT JPEG");
        }
        if (format.bitsStored() > 12) {
            throw new CodecFailure("DCT JPEG codes at most 12 bits per sample, not " + format.bitsStored()
                    + " (use a lossless process)");
        }
        if (format.columns() > 65535 || format.rows() > 65535) {
            throw new CodecFailure("frame " + format.columns() + "x" + format.rows() + " exceeds JPEG's 65535");
        }
        boolean colour = format.samplesPerPixel() == 3;
        if (colour && options.subsampling() == EncodeOptions.Subsampling.S420) {
            throw new CodecFailure("4:2:0 is decode-only: DICOM has no photometric interpretation for it");
        }
        int precision = format.bitsStored() <= 8 ? 8 : 12;
        int width = format.columns();
        int height = format.rows();
        int[][] planes = DctSamples.read(samples, format);
        boolean ycc = colour && options.toYcbcr();
        if (ycc) {
            ColorConversion.rgbToYcbcr(planes[0], planes[1], planes[2], width * height, precision);
        }
        int hmax = ycc && options.subsampling() == EncodeOptions.Subsampling.S422 ? 2 : 1;
        int mcusX = (width + 8 * hmax - 1) / (8 * hmax);
        int mcusY = (height + 7) / 8;

        int[][] quant = {
            QuantizationTables.scaled(QuantizationTables.K1_LUMINANCE, options.quality(), precision),
            QuantizationTables.scaled(QuantizationTables.K1_CHROMINANCE, options.quality(), precision),
        };
        int n = planes.length;
        List<FrameHeader.Component> components = new ArrayList<>(n);
        short[][] coefficients = new short[n][];
        int[] slot = new int[n];
        int[] blocksW = new int[n];
        for (int c = 0; c < n; c++) {
            slot[c] = ycc && c > 0 ? 1 : 0;
            int h = c == 0 ? hmax : 1;
            int id = colour && !ycc ? "RGB".charAt(c) : c + 1;
            components.add(new FrameHeader.Component(id, h, 1, slot[c]));
            int[] plane = planes[c];
            int cw = width;
            if (h < hmax) {
                plane = ChromaSampling.downsample(plane, width, height, hmax / h, 1);
                cw = (width + hmax / h - 1) / (hmax / h);
            }
            blocksW[c] = mcusX * h;
            coefficients[c] = quantize(plane, cw, height, blocksW[c], mcusY, quant[slot[c]], precision);
        }
        FrameHeader frame = new FrameHeader(precision == 8 ? Markers.SOF0 : Markers.SOF1, precision, height,
                width, components);

        int slots = ycc ? 2 : 1;
        HuffmanTable[] dcTables = new HuffmanTable[slots];
        HuffmanTable[] acTables = new HuffmanTable[slots];
        if (precision == 8) {
            dcTables[0] = HuffmanTable.DC_LUMINANCE;
            acTables[0] = HuffmanTable.AC_LUMINANCE;
            if (slots == 2) {
                dcTables[1] = HuffmanTable.DC_CHROMINANCE;
                acTables[1] = HuffmanTable.AC_CHROMINANCE;
            }
        } else {
            DctEntropyEncoder counter = DctEntropyEncoder.counting(slots);
            codeScan(counter, frame, coefficients, blocksW, slot, dcTables, acTables, mcusX, mcusY,
                    options.restartInterval());
            for (int s = 0; s < slots; s++) {
                dcTables[s] = HuffmanTable.optimal(counter.dcFrequencies(s));
                acTables[s] = HuffmanTable.optimal(counter.acFrequencies(s));
            }
        }

        BitWriter out = new BitWriter((int) Math.min(1 << 24, (long) width * height * n / 4 + 1024));
        JpegWriter.soi(out);
        if (colour && !ycc) {
            JpegWriter.adobe(out, 0);
        }
        for (int s = 0; s < slots; s++) {
            JpegWriter.quantizationTable(out, s, toZigZag(quant[s]));
        }
        JpegWriter.frameHeader(out, frame);
        for (int s = 0; s < slots; s++) {
            JpegWriter.huffmanTable(out, 0, s, dcTables[s]);
            JpegWriter.huffmanTable(out, 1, s, acTables[s]);
        }
        if (options.restartInterval() > 0) {
            JpegWriter.restartInterval(out, options.restartInterval());
        }
        List<ScanHeader.ScanComponent> scanComponents = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            scanComponents.add(new ScanHeader.ScanComponent(c, slot[c], slot[c]));
        }
        JpegWriter.scanHeader(out, frame, new ScanHeader(scanComponents, 0, 63, 0, 0));
        codeScan(DctEntropyEncoder.writing(out), frame, coefficients, blocksW, slot, dcTables, acTables, mcusX,
                mcusY, options.restartInterval());
        JpegWriter.eoi(out);
        return out.toByteArray();
    }

    /** Codes (or counts) all MCUs of the single scan: each component's H×V blocks in turn (T.81 A.2.3). */
    private static void codeScan(DctEntropyEncoder coder, FrameHeader frame, short[][] coefficients, int[] blocksW,
                                 int[] slot, HuffmanTable[] dc, HuffmanTable[] ac, int mcusX, int mcusY,
                                 int restartInterval) {
        int n = coefficients.length;
        int[] pred = new int[n];
        int mcu = 0;
        int restarts = 0;
        for (int my = 0; my < mcusY; my++) {
            for (int mx = 0; mx < mcusX; mx++, mcu++) {
                if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0) {
                    coder.restart(restarts++);
                    java.util.Arrays.fill(pred, 0);
                }
                for (int c = 0; c < n; c++) {
                    FrameHeader.Component comp = frame.components().get(c);
                    coder.use(dc[slot[c]], ac[slot[c]], slot[c]);
                    for (int v = 0; v < comp.v(); v++) {
                        int row = (my * comp.v() + v) * blocksW[c] + mx * comp.h();
                        for (int h = 0; h < comp.h(); h++) {
                            pred[c] = coder.block(coefficients[c], (row + h) * 64, pred[c]);
                        }
                    }
                }
            }
        }
    }

    /**
     * Transforms and quantises every block of a {@code blocksW × blocksH} grid over a {@code w × h} plane, reading
     * past the plane's edges as its last column and row.
     *
     * @return coefficients in zig-zag order, 64 per block, blocks row by row
     */
    static short[] quantize(int[] plane, int w, int h, int blocksW, int blocksH, int[] quant, int precision) {
        float[] scale = new float[64];
        for (int i = 0; i < 64; i++) {
            scale[i] = 1f / quant[i];
        }
        float shift = 1 << (precision - 1);
        // T.81 F.1.2: DC values need at most P+3 bits, AC at most P+2 (categories 11 and 10 for 8-bit data)
        int dcLimit = (1 << (precision + 3)) - 1;
        int acLimit = (1 << (precision + 2)) - 1;
        short[] out = new short[blocksW * blocksH * 64];
        float[] block = new float[64];
        int[] xs = new int[8];
        for (int by = 0; by < blocksH; by++) {
            for (int bx = 0; bx < blocksW; bx++) {
                for (int i = 0; i < 8; i++) {
                    xs[i] = Math.min(bx * 8 + i, w - 1);
                }
                for (int y = 0; y < 8; y++) {
                    int row = Math.min(by * 8 + y, h - 1) * w;
                    for (int x = 0; x < 8; x++) {
                        block[y * 8 + x] = plane[row + xs[x]] - shift;
                    }
                }
                Dct.forward(block);
                int off = (by * blocksW + bx) * 64;
                for (int k = 0; k < 64; k++) {
                    int z = ZigZag.NATURAL[k];
                    float q = block[z] * scale[z];
                    int v = (int) (q < 0 ? q - 0.5f : q + 0.5f);
                    int limit = k == 0 ? dcLimit : acLimit;
                    out[off + k] = (short) Math.max(-limit, Math.min(limit, v));
                }
            }
        }
        return out;
    }

    private static int[] toZigZag(int[] natural) {
        int[] zz = new int[64];
        for (int k = 0; k < 64; k++) {
            zz[k] = natural[ZigZag.NATURAL[k]];
        }
        return zz;
    }
}
