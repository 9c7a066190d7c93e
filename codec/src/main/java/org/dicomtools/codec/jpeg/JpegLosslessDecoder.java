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
 * Decodes lossless JPEG, process 14 (SOF3, Huffman coding; T.81 Annex H): predictors 1-7, precision 2-16, point
 * transform, restart intervals, one to four components in interleaved or non-interleaved scans.
 *
 * <p>The stream must match {@code expected} in width, height (or a DNL segment must), and number of components. Its
 * precision P may exceed {@code bitsStored}, as when 12-bit stored data were coded at 16 bits, but not fall short
 * of it. Decoded samples are shifted back by the point transform and written in {@code expected}'s sample size,
 * pixel-interleaved, keeping the low {@code bitsStored} bits: sign-extended from bit {@code bitsStored - 1} when
 * {@code signed}, the higher bits cleared otherwise.
 *
 * <p>Three components are reported as RGB when an Adobe APP14 segment says so (transform 0), as YBR_FULL with a
 * JFIF segment or an Adobe transform 1, and otherwise as UNKNOWN: lossless coding never converts colours.
 */
public final class JpegLosslessDecoder implements FrameDecoder {

    @Override
    public DecodedFrame decode(byte[] data, FrameFormat expected, DecodeOptions options) {
        JpegReader r = new JpegReader(data);
        r.readSoi();
        HuffmanTable[] dc = new HuffmanTable[4];
        HuffmanTable[] ac = new HuffmanTable[4];
        int[][] q = new int[4][];
        FrameHeader frame = null;
        FrameFormat out = expected.withPlanar(false);
        // A single-component frame with restart intervals of whole lines, if any (as our encoder writes them), is
        // decoded straight into the native buffer (decodePlane), anything else into pixel-interleaved ints, written
        // out at the end.
        Samples samples = null;
        boolean[] decoded = null;
        int height = 0;
        while (true) {
            if (frame != null && r.atEnd() && allTrue(decoded)) {
                break; // tolerate a missing EOI once every component is there
            }
            int at = r.position();
            int m = r.nextMarker();
            if (Markers.isSof(m)) {
                if (m == Markers.SOF11) {
                    throw new CodecFailure("arithmetic-coded lossless JPEG (SOF11) is not supported");
                }
                if (m == Markers.SOF7 || m == Markers.SOF15) {
                    throw new CodecFailure("hierarchical lossless JPEG (" + Markers.name(m) + ") is not supported");
                }
                if (m != Markers.SOF3) {
                    throw new CodecFailure("not a lossless JPEG (" + Markers.name(m) + ")");
                }
                frame = r.readFrameHeader();
                height = check(frame, expected);
                samples = new Samples(SampleLayout.sampleCount(frame.width(), height, frame.components().size()));
                decoded = new boolean[frame.components().size()];
            } else if (m == Markers.SOS) {
                if (frame == null) {
                    throw new CodecFailure("scan at byte offset " + at + " before the frame header");
                }
                ScanHeader scan = r.readScanHeader();
                decodeScan(r, frame, height, scan, dc, samples, out, decoded);
            } else if (m == Markers.EOI) {
                break;
            } else if (m == Markers.DNL) {
                int lines = r.readNumberOfLines();
                if (lines != height) {
                    throw new CodecFailure("DNL gives " + lines + " lines, expected " + height);
                }
            } else if (!r.readTablesOrMisc(dc, ac, q)) {
                throw new CodecFailure("unexpected " + Markers.name(m) + " at byte offset " + at);
            }
        }
        if (frame == null) {
            throw new CodecFailure("no frame header before EOI");
        }
        for (int c = 0; c < decoded.length; c++) {
            if (!decoded[c]) {
                throw new CodecFailure("component " + frame.components().get(c).id() + " has no scan");
            }
        }
        byte[] buffer = samples.bytes != null ? samples.bytes : SampleLayout.write(samples.ints, out, 0);
        return new DecodedFrame(buffer, out, colorSpace(r, frame));
    }

    /** Checks the frame against {@code expected} and returns the number of lines to decode. */
    private static int check(FrameHeader frame, FrameFormat expected) {
        List<FrameHeader.Component> cs = frame.components();
        if (cs.size() != expected.samplesPerPixel()) {
            throw new CodecFailure("stream has " + cs.size() + " components, expected " + expected.samplesPerPixel());
        }
        if (frame.width() != expected.columns()) {
            throw new CodecFailure("stream is " + frame.width() + " samples wide, expected " + expected.columns());
        }
        if (frame.height() != 0 && frame.height() != expected.rows()) {
            throw new CodecFailure("stream has " + frame.height() + " lines, expected " + expected.rows());
        }
        if (frame.precision() < expected.bitsStored()) {
            throw new CodecFailure("stream precision " + frame.precision() + " is below bits stored "
                    + expected.bitsStored());
        }
        for (FrameHeader.Component c : cs) {
            if (c.h() != cs.get(0).h() || c.v() != cs.get(0).v()) {
                throw new CodecFailure("lossless components with different sampling factors are not supported");
            }
        }
        return expected.rows();
    }

    /** Decodes one scan into {@code samples} and marks its components decoded. */
    private static void decodeScan(JpegReader r, FrameHeader frame, int height, ScanHeader scan,
                                   HuffmanTable[] dc, Samples samples, FrameFormat out, boolean[] decoded) {
        int ns = scan.components().size();
        int predictor = scan.ss();
        int pt = scan.al();
        int bits = frame.precision() - pt;
        String where = " in the scan before byte offset " + r.entropyStart();
        if (predictor < 1 || predictor > 7) {
            throw new CodecFailure("lossless predictor " + predictor + where + " (0 is for hierarchical coding only)");
        }
        if (bits < 1) {
            throw new CodecFailure("point transform " + pt + " not below precision " + frame.precision() + where);
        }
        int[] comps = new int[ns];
        HuffmanTable[] tables = new HuffmanTable[ns];
        for (int k = 0; k < ns; k++) {
            ScanHeader.ScanComponent sc = scan.components().get(k);
            FrameHeader.Component fc = frame.components().get(sc.componentIndex());
            if (decoded[sc.componentIndex()]) {
                throw new CodecFailure("component " + fc.id() + " in a second scan" + where);
            }
            if (ns > 1 && (fc.h() != 1 || fc.v() != 1)) {
                throw new CodecFailure("interleaved lossless scan with sampling factors " + fc.h() + "x" + fc.v()
                        + where);
            }
            if (dc[sc.td()] == null) {
                throw new CodecFailure("Huffman table " + sc.td() + " is not defined" + where);
            }
            comps[k] = sc.componentIndex();
            tables[k] = dc[sc.td()];
        }
        int start = r.entropyStart();
        // The reader runs to the end of the data and stops at the first marker, which the scan's data end before or
        // at (RSTn aside, which restart() passes): where it stopped, the search for their end takes up.
        BitReader in = new BitReader(r.data(), start, r.data().length);
        int nc = frame.components().size();
        int interval = r.restartInterval();
        boolean plane = nc == 1 && interval % frame.width() == 0 && out.bytesPerSample() <= 2;
        if (plane) {
            samples.bytes = new byte[Math.multiplyExact(samples.count, out.bytesPerSample())];
            LosslessScanDecoder.decodePlane(in, tables[0], frame.width(), height, predictor, bits,
                    interval / frame.width(), samples.bytes, out, pt);
        } else {
            if (samples.ints == null) {
                samples.ints = new int[samples.count];
            }
            new LosslessScanDecoder(in, samples.ints, frame.width(), height, nc, comps, tables, predictor, bits)
                    .decode(r.restartInterval());
        }
        r.skipEntropyFrom(in.position());
        if (in.paddingBits() > 0 && r.position() >= r.data().length) {
            throw new CodecFailure("codestream truncated: the scan at byte offset " + start + " needs "
                    + in.paddingBits() + " more bits than the data hold");
        }
        for (int c : comps) {
            decoded[c] = true;
            if (pt > 0 && !plane) {
                int[] ints = samples.ints;
                for (int i = c; i < ints.length; i += nc) {
                    ints[i] <<= pt;
                }
            }
        }
    }

    /** The frame's samples as they are decoded: pixel-interleaved ints, or, for one component, native bytes. */
    private static final class Samples {
        final int count;
        int[] ints;
        byte[] bytes;

        Samples(int count) {
            this.count = count;
        }
    }

    private static boolean allTrue(boolean[] b) {
        if (b == null) {
            return false;
        }
        for (boolean v : b) {
            if (!v) {
                return false;
            }
        }
        return true;
    }

    private static ColorSpace colorSpace(JpegReader r, FrameHeader frame) {
        if (frame.components().size() == 1) {
            return ColorSpace.MONOCHROME;
        }
        if (r.adobeTransform() == 0) {
            return ColorSpace.RGB;
        }
        if (r.adobeTransform() == 1 || r.jfif()) {
            return ColorSpace.YBR_FULL;
        }
        return ColorSpace.UNKNOWN;
    }
}
