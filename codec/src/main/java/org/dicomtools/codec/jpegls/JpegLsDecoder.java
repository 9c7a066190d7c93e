// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.codec.jpeg.Markers;

/**
 * Decodes JPEG-LS (ITU-T T.87 | ISO/IEC 14495-1), lossless and near-lossless: precision 2..16, one or more
 * components in scans of interleave mode 0 (one component each), 1 (line) or 2 (sample), default or LSE-given preset
 * parameters, restart intervals (DRI, RSTm).
 *
 * <p>The stream must match {@code expected} in width, height and number of components; its precision may exceed
 * {@code bitsStored} but not fall short of it. Samples are returned pixel-interleaved in {@code expected}'s sample
 * size, keeping the low {@code bitsStored} bits, sign-extended from there when {@code signed}.
 *
 * <p>Refused with a {@link CodecFailure}, since decoding them would give wrong samples: HP's colour transforms (an
 * APP8 "mrfx" segment with a transform other than 0), mapping tables, point transforms, subsampled components and
 * JPEG-LS part 2 (SOF57). Colour is reported as {@link ColorSpace#UNKNOWN}: the stream does not say what its
 * components mean. Truncated or corrupt streams fail with a byte offset.
 *
 * <p>Stateless and thread-safe: every call has its own decoding state.
 */
public final class JpegLsDecoder implements FrameDecoder {
    private final boolean specialised;

    /** The codec as used: lossless scans with default MAXVAL through the specialised line loops. */
    public JpegLsDecoder() {
        this(true);
    }

    /** With {@code specialised} false, the scans are decoded by T.87 as written (for tests): the same samples. */
    JpegLsDecoder(boolean specialised) {
        this.specialised = specialised;
    }

    @Override
    public DecodedFrame decode(byte[] data, FrameFormat expected, DecodeOptions options) {
        LsStreamReader r = new LsStreamReader(data);
        if (r.nextMarker() != Markers.SOI) {
            throw new CodecFailure("not a JPEG-LS codestream: no SOI at byte offset 0");
        }
        FrameFormat outFormat = expected.withPlanar(false);
        if (outFormat.frameLength() > Integer.MAX_VALUE - 16) {
            throw new CodecFailure("frame of " + outFormat.frameLength() + " bytes is too large");
        }
        LsStreamReader.Frame frame = null;
        PresetParameters preset = PresetParameters.NONE;
        int restart = 0;
        int[] oversize = new int[2];
        byte[] out = null;
        boolean[] decoded = null;
        while (true) {
            if (decoded != null && allTrue(decoded) && r.atEnd()) {
                break; // tolerate a missing EOI once every component is there
            }
            int m = r.nextMarker();
            int at = r.markerOffset();
            if (m == Markers.EOI) {
                break;
            } else if (m == LsMarkers.SOF55) {
                if (frame != null) {
                    throw new CodecFailure("second frame header at byte offset " + at);
                }
                frame = r.readFrame();
                check(frame, oversize, expected);
                out = new byte[(int) outFormat.frameLength()];
                decoded = new boolean[frame.ids().length];
            } else if (m == LsMarkers.SOF57) {
                throw new CodecFailure("JPEG-LS part 2 extensions (SOF57) are not supported");
            } else if (Markers.isSof(m)) {
                throw new CodecFailure("not a JPEG-LS codestream: " + Markers.name(m) + " at byte offset " + at);
            } else if (m == LsMarkers.LSE) {
                PresetParameters p = r.readPresetParameters(oversize);
                if (p != null) {
                    preset = p;
                }
            } else if (m == Markers.DRI) {
                restart = r.readRestartInterval();
            } else if (m == Markers.SOS) {
                if (frame == null) {
                    throw new CodecFailure("scan at byte offset " + at + " before the frame header");
                }
                LsStreamReader.Scan scan = r.readScan(frame);
                for (int c : scan.components()) {
                    if (decoded[c]) {
                        throw new CodecFailure("component " + frame.ids()[c] + " in a second scan at byte offset "
                                + at);
                    }
                    decoded[c] = true;
                }
                ScanParameters sp = new ScanParameters(preset.resolve(frame.precision(), scan.near()), scan.near(),
                        specialised);
                int next = new LsScanReader(data, r, sp, scan, expected.rows(), restart).decode(out, outFormat);
                r.seekMarker(next);
            } else if (m == Markers.DNL) {
                int lines = r.readNumberOfLines();
                if (lines != expected.rows()) {
                    throw new CodecFailure("DNL gives " + lines + " lines, expected " + expected.rows());
                }
            } else if (m == Markers.SOI || Markers.isRst(m)) {
                throw new CodecFailure("unexpected " + Markers.name(m) + " at byte offset " + at);
            } else if (!LsStreamReader.isStandalone(m)) {
                r.skipSegment();
            }
        }
        if (frame == null) {
            throw new CodecFailure("no JPEG-LS frame header before EOI");
        }
        for (int c = 0; c < decoded.length; c++) {
            if (!decoded[c]) {
                throw new CodecFailure("component " + frame.ids()[c] + " has no scan");
            }
        }
        ColorSpace cs = expected.samplesPerPixel() == 1 ? ColorSpace.MONOCHROME : ColorSpace.UNKNOWN;
        return new DecodedFrame(out, outFormat, cs);
    }

    /** Checks the frame against {@code expected}; a 0 width or height may come from an LSE type 4 segment. */
    private static void check(LsStreamReader.Frame frame, int[] oversize, FrameFormat expected) {
        int width = frame.width() != 0 ? frame.width() : oversize[1];
        int height = frame.height() != 0 ? frame.height() : oversize[0] != 0 ? oversize[0] : expected.rows();
        if (frame.ids().length != expected.samplesPerPixel()) {
            throw new CodecFailure("stream has " + frame.ids().length + " components, expected "
                    + expected.samplesPerPixel());
        }
        if (width != expected.columns() || height != expected.rows()) {
            throw new CodecFailure("stream is " + width + "x" + height + ", expected " + expected.columns() + "x"
                    + expected.rows());
        }
        if (frame.precision() < expected.bitsStored()) {
            throw new CodecFailure("stream precision " + frame.precision() + " is below bits stored "
                    + expected.bitsStored());
        }
    }

    private static boolean allTrue(boolean[] b) {
        for (boolean v : b) {
            if (!v) {
                return false;
            }
        }
        return true;
    }
}
