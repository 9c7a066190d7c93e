// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.codec.jpeg.Markers;

/**
 * Encodes JPEG-LS (ITU-T T.87 | ISO/IEC 14495-1): lossless when {@link EncodeOptions#near()} is 0 (DICOM's
 * 1.2.840.10008.1.2.4.80), near-lossless with that NEAR otherwise (.81: no sample differs by more than NEAR).
 *
 * <p>The precision P is {@code bitsStored} (at least 2, the smallest JPEG-LS allows; 1-bit data are coded as 2-bit),
 * at most 16; each sample is coded as the unsigned pattern of its low {@code bitsStored} bits (the decoder's
 * {@code signed} restores the sign). The default preset parameters of T.87 C.2.4.1.1 are used, so no LSE segment is
 * written.
 *
 * <p>Grey images are one scan (ILV 0). Colour images are one line-interleaved scan (ILV 1), as CharLS writes them
 * and as DICOM files from CharLS-based tools commonly carry them; no colour transform is applied. With
 * {@link EncodeOptions#restartInterval()} &gt; 0 a DRI segment is written and an RSTm marker after every that many
 * lines (the JPEG-LS MCU is a line), each restarting the context model.
 *
 * <p>Stateless and thread-safe: every call has its own coding state.
 */
public final class JpegLsEncoder implements FrameEncoder {
    private final boolean specialised;

    /** The codec as used: lossless scans with default MAXVAL through the specialised line loops. */
    public JpegLsEncoder() {
        this(true);
    }

    /** With {@code specialised} false, the scans are coded by T.87 as written (for tests): the same bytes. */
    JpegLsEncoder(boolean specialised) {
        this.specialised = specialised;
    }

    @Override
    public byte[] encode(byte[] samples, FrameFormat format, EncodeOptions options) {
        return encode(samples, format, options.near(), options.restartInterval(),
                format.samplesPerPixel() == 1 ? 0 : 1, PresetParameters.NONE);
    }

    /**
     * Encodes with a chosen interleave mode (0, 1 or 2) and preset parameters ({@link PresetParameters#NONE} for the
     * defaults; others are written as an LSE segment when they differ from the defaults).
     */
    byte[] encode(byte[] samples, FrameFormat format, int near, int restartLines, int ilv, PresetParameters preset) {
        int bitsStored = format.bitsStored();
        if (bitsStored > 16) {
            throw new CodecFailure("JPEG-LS codes at most 16 bits per sample, not " + bitsStored);
        }
        int precision = Math.max(2, bitsStored);
        int width = format.columns();
        int height = format.rows();
        if (width > 65535 || height > 65535) {
            throw new CodecFailure("frames above 65535x65535 are not supported, not " + width + "x" + height);
        }
        if (samples.length < format.frameLength()) {
            throw new CodecFailure("frame needs " + format.frameLength() + " bytes, got " + samples.length);
        }
        int nc = format.samplesPerPixel();
        if (nc == 1) {
            ilv = 0;
        }
        PresetParameters resolved = preset.resolve(precision, near);
        ScanParameters sp = new ScanParameters(resolved, near, specialised);

        long estimate = format.frameLength() / 2 + 1024;
        LsBitWriter out = new LsBitWriter((int) Math.min(estimate, 1 << 28));
        out.putMarker(Markers.SOI);
        LsMarkers.frameHeader(out, precision, width, height, nc);
        if (!resolved.equals(PresetParameters.defaults(precision, near))) {
            LsMarkers.presetParameters(out, resolved);
        }
        if (restartLines > 0) {
            LsMarkers.restartInterval(out, restartLines);
        }
        if (ilv == 0) {
            for (int c = 0; c < nc; c++) {
                LsMarkers.scanHeader(out, new int[] {c + 1}, near, 0);
                encodeScan(out, samples, format, new int[] {c}, 0, sp, restartLines);
            }
        } else {
            int[] ids = new int[nc];
            int[] comps = new int[nc];
            for (int c = 0; c < nc; c++) {
                ids[c] = c + 1;
                comps[c] = c;
            }
            LsMarkers.scanHeader(out, ids, near, ilv);
            encodeScan(out, samples, format, comps, ilv, sp, restartLines);
        }
        out.putMarker(Markers.EOI);
        return out.toByteArray();
    }

    /** Codes one scan of the components {@code comps} with interleave mode {@code ilv}. */
    private static void encodeScan(LsBitWriter out, byte[] samples, FrameFormat format, int[] comps, int ilv,
                                   ScanParameters sp, int restartLines) {
        int width = format.columns();
        int m = comps.length;
        ContextModel ctx = new ContextModel(sp, ilv == 1 ? m : 1);
        LsScanEncoder enc = new LsScanEncoder(out, sp, ctx, width);
        int[][] src = new int[m][width + 2];
        int[][] prev = new int[m][width + 2];
        int[][] cur = new int[m][width + 2];
        // Lossless, a line's reconstruction is its samples: the line loop codes them in place and the source line
        // becomes the previous line.
        boolean inPlace = sp.near == 0 && ilv != 2;
        int restarts = 0;
        for (int y = 0; y < format.rows(); y++) {
            if (restartLines > 0 && y > 0 && y % restartLines == 0) {
                out.alignToByte();
                out.putMarker(Markers.RST0 + (restarts++ & 7));
                ctx.reset();
                for (int i = 0; i < m; i++) {
                    java.util.Arrays.fill(prev[i], 0);
                    java.util.Arrays.fill(cur[i], 0);
                }
            }
            for (int i = 0; i < m; i++) {
                LsSamples.load(samples, format, comps[i], y, src[i]);
            }
            if (ilv == 2) {
                SampleInterleave.encodeLine(enc, sp, ctx, src, prev, cur, width);
            } else {
                for (int i = 0; i < m; i++) {
                    enc.encodeLine(src[i], prev[i], inPlace ? src[i] : cur[i], ilv == 1 ? i : 0);
                }
            }
            int[][] t = prev;
            if (inPlace) {
                prev = src;
                src = t;
            } else {
                prev = cur;
                cur = t;
            }
        }
        out.alignToByte();
    }
}
