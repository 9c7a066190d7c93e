// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.List;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameFormat;

/**
 * JPEG DCT decoder for the Huffman-coded, non-hierarchical processes: baseline (SOF0), extended sequential (SOF1)
 * and progressive (SOF2), 8- or 12-bit, one or three components with any sampling factors 1-4, any number of scans
 * and restart intervals. DNL (a height given after the first scan) is not supported.
 *
 * <p>Colour: with {@link DecodeOptions.ColorTransform#AUTO} three components are taken as YCbCr and converted to
 * RGB unless an Adobe APP14 segment says transform 0 or, without APP14 and JFIF, the component ids are 'R', 'G',
 * 'B'; {@code TO_RGB} always converts, {@code NONE} never. Subsampled chroma is upsampled as
 * {@link ChromaSampling} describes. Output is pixel-interleaved in the {@code bitsAllocated} of {@code expected},
 * samples clamped to {@code 0..2^P-1}.
 *
 * <p>Corrupt input is a {@link CodecFailure} with a byte offset, including entropy-coded data that end before the
 * last MCU (no partial, grey-filled images). A missing EOI is tolerated only after a complete sequential frame.
 */
public final class JpegDctDecoder implements FrameDecoder {

    @Override
    public DecodedFrame decode(byte[] data, FrameFormat expected, DecodeOptions options) {
        try {
            return decodeFrame(data, expected, options);
        } catch (CodecFailure e) {
            throw e;
        } catch (RuntimeException e) {
            // a safety net: no input should get here, but no input may escape as an array exception either
            throw new CodecFailure("corrupt DCT JPEG: " + e, e);
        }
    }

    private static DecodedFrame decodeFrame(byte[] data, FrameFormat expected, DecodeOptions options) {
        JpegReader reader = new JpegReader(data);
        reader.readSoi();
        HuffmanTable[] dcTables = new HuffmanTable[4];
        HuffmanTable[] acTables = new HuffmanTable[4];
        int[][] quant = new int[4][];
        FrameHeader frame = null;
        DctComponent[] components = null;
        while (true) {
            if (reader.atEnd() && frame != null && frame.sof() != Markers.SOF2 && allScanned(components)) {
                break;
            }
            int marker = reader.nextMarker();
            if (marker == Markers.EOI) {
                break;
            }
            if (Markers.isSof(marker)) {
                checkProcess(marker, reader.markerOffset());
                frame = reader.readFrameHeader();
                components = setUp(frame, expected, reader.markerOffset());
            } else if (marker == Markers.SOS) {
                int at = reader.markerOffset();
                ScanHeader scan = reader.readScanHeader();
                decodeScan(reader, frame, components, scan, at, dcTables, acTables, quant);
                reader.skipEntropy();
            } else if (marker == Markers.DNL) {
                throw new CodecFailure("DNL segment at byte offset " + reader.markerOffset() + " not supported");
            } else if (!reader.readTablesOrMisc(dcTables, acTables, quant)) {
                throw new CodecFailure("unexpected " + Markers.name(marker) + " at byte offset "
                        + reader.markerOffset());
            }
        }
        if (frame == null) {
            throw new CodecFailure("JPEG codestream has no frame header");
        }
        for (DctComponent c : components) {
            if (c.quant == null) {
                throw new CodecFailure("component " + c.id + " of the JPEG frame is in no scan");
            }
        }
        return output(frame, components, reader, expected, options);
    }

    private static boolean allScanned(DctComponent[] components) {
        for (DctComponent c : components) {
            if (c.quant == null) {
                return false;
            }
        }
        return true;
    }

    private static void checkProcess(int sof, int offset) {
        if (sof == Markers.SOF0 || sof == Markers.SOF1 || sof == Markers.SOF2) {
            return;
        }
        if (sof == Markers.SOF3 || sof == Markers.SOF7 || sof == Markers.SOF11 || sof == Markers.SOF15) {
            throw new CodecFailure("not a DCT JPEG (" + Markers.name(sof) + " lossless) at byte offset " + offset);
        }
        String kind = sof >= Markers.SOF9 ? "arithmetic coding" : "hierarchical";
        throw new CodecFailure("unsupported DCT JPEG process " + Markers.name(sof) + " (" + kind
                + ") at byte offset " + offset + ": only SOF0, SOF1 and SOF2 are decoded");
    }

    private static DctComponent[] setUp(FrameHeader frame, FrameFormat expected, int offset) {
        int p = frame.precision();
        if (p != 8 && (p != 12 || frame.sof() == Markers.SOF0)) {
            throw new CodecFailure(Markers.name(frame.sof()) + " frame at byte offset " + offset + " has precision "
                    + p + ": DCT JPEG allows 8 (baseline) or 8 and 12 (extended, progressive)");
        }
        if (frame.height() == 0) {
            throw new CodecFailure("frame at byte offset " + offset + " leaves its height to DNL: not supported");
        }
        if (frame.width() != expected.columns() || frame.height() != expected.rows()) {
            throw new CodecFailure("JPEG frame is " + frame.width() + "x" + frame.height() + ", expected "
                    + expected.columns() + "x" + expected.rows());
        }
        int n = frame.components().size();
        if (n != expected.samplesPerPixel()) {
            throw new CodecFailure("JPEG frame has " + n + " components, expected " + expected.samplesPerPixel());
        }
        if (expected.bitsAllocated() == 32 || expected.bitsAllocated() < p) {
            throw new CodecFailure(p + "-bit JPEG cannot be decoded into " + expected.bitsAllocated()
                    + "-bit samples");
        }
        int hmax = frame.maxH();
        int vmax = frame.maxV();
        DctComponent[] components = new DctComponent[n];
        for (int i = 0; i < n; i++) {
            components[i] = new DctComponent(frame.components().get(i), frame.width(), frame.height(), hmax, vmax);
        }
        return components;
    }

    private static void decodeScan(JpegReader reader, FrameHeader frame, DctComponent[] all, ScanHeader scan,
                                   int at, HuffmanTable[] dcTables, HuffmanTable[] acTables, int[][] quant) {
        boolean progressive = frame.sof() == Markers.SOF2;
        List<ScanHeader.ScanComponent> sc = scan.components();
        int n = sc.size();
        if (progressive) {
            boolean ok = scan.ss() <= scan.se() && scan.se() <= 63 && (scan.ss() == 0) == (scan.se() == 0)
                    && (scan.ss() == 0 || n == 1) && scan.ah() <= 13 && scan.al() <= 13;
            if (!ok) {
                throw new CodecFailure("invalid progressive scan at byte offset " + at + ": Ss=" + scan.ss()
                        + " Se=" + scan.se() + " Ah=" + scan.ah() + " Al=" + scan.al() + " with " + n
                        + " components");
            }
        }
        boolean needDc = !progressive || (scan.ss() == 0 && scan.ah() == 0);
        boolean needAc = !progressive || scan.ss() > 0;
        DctComponent[] components = new DctComponent[n];
        HuffmanTable[] dc = new HuffmanTable[n];
        HuffmanTable[] ac = new HuffmanTable[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            ScanHeader.ScanComponent s = sc.get(i);
            DctComponent c = all[s.componentIndex()];
            components[i] = c;
            blocks += c.h * c.v;
            if (c.quant == null) {
                if (quant[c.tq] == null) {
                    throw new CodecFailure("scan at byte offset " + at + " needs quantization table " + c.tq
                            + ", which is not defined");
                }
                c.quant = quant[c.tq].clone();
            }
            dc[i] = needDc ? table(dcTables, s.td(), "DC", at) : null;
            ac[i] = needAc ? table(acTables, s.ta(), "AC", at) : null;
        }
        if (n > 1 && blocks > 10) {
            throw new CodecFailure("scan at byte offset " + at + " has " + blocks + " blocks per MCU (T.81 allows 10)");
        }
        int mcusX = (frame.width() + 8 * frame.maxH() - 1) / (8 * frame.maxH());
        int mcusY = (frame.height() + 8 * frame.maxV() - 1) / (8 * frame.maxV());
        BitReader in = new BitReader(reader.data(), reader.entropyStart(), reader.entropyEnd());
        new DctScanDecoder(in, at, components, dc, ac, progressive, scan)
                .decode(mcusX, mcusY, reader.restartInterval());
    }

    private static HuffmanTable table(HuffmanTable[] tables, int id, String kind, int at) {
        if (tables[id] == null) {
            throw new CodecFailure("scan at byte offset " + at + " needs " + kind + " Huffman table " + id
                    + ", which is not defined");
        }
        return tables[id];
    }

    private static DecodedFrame output(FrameHeader frame, DctComponent[] components, JpegReader reader,
                                       FrameFormat expected, DecodeOptions options) {
        int width = frame.width();
        int height = frame.height();
        int n = components.length;
        int[][] planes = new int[n][];
        for (int i = 0; i < n; i++) {
            DctComponent c = components[i];
            int[] plane = c.reconstruct(frame.precision());
            planes[i] = ChromaSampling.upsample(plane, c.scanBlocksW * 8, c.width, c.height, c.h, c.v,
                    frame.maxH(), frame.maxV(), width, height);
        }
        ColorSpace space = ColorSpace.MONOCHROME;
        if (n == 3) {
            boolean ycc = isYcbcr(reader, components);
            boolean convert = switch (options.colorTransform()) {
                case AUTO -> ycc;
                case TO_RGB -> true;
                case NONE -> false;
            };
            if (convert) {
                ColorConversion.ycbcrToRgb(planes[0], planes[1], planes[2], width * height, frame.precision());
            }
            space = convert || !ycc ? ColorSpace.RGB : ColorSpace.YBR_FULL;
        }
        FrameFormat format = expected.withPlanar(false);
        return new DecodedFrame(DctSamples.write(planes, format), format, space);
    }

    /** Whether three components are YCbCr: Adobe APP14 decides, then JFIF (always YCbCr), then ids 'R','G','B'. */
    private static boolean isYcbcr(JpegReader reader, DctComponent[] c) {
        if (reader.adobeTransform() >= 0) {
            return reader.adobeTransform() != 0;
        }
        if (reader.jfif()) {
            return true;
        }
        return !(c[0].id == 'R' && c[1].id == 'G' && c[2].id == 'B');
    }
}
