// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.awt.image.Raster;
import java.util.Objects;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameFormat;

/**
 * Decodes JPEG 2000 (ISO 15444-1) frames, as DICOM's transfer syntaxes 1.2.840.10008.1.2.4.90 and .91 carry them:
 * raw codestreams (FF4F FF51) and, though DICOM does not allow them, JP2 files, detected by their signature box;
 * only a JP2 file's codestream ({@code jp2c} box) is decoded and its other boxes (colour, palette) are ignored.
 *
 * <p>We read the main header ourselves first ({@link J2kCodestream}): the stream must match {@code expected} in
 * width, height and number of components, and its precision may exceed {@code bitsStored} but not fall short of
 * it; all components must share precision and sign and must not be subsampled; and every tile-part must be whole,
 * because a truncated stream would otherwise decode to fewer layers without complaint.
 *
 * <p>Our own decoder ({@link CodestreamDecoder}) then decodes the stream: any tiles and tile-parts, the five
 * progression orders of COD, quality layers, precincts, code-block sizes and styles, SOP/EPH, COC/QCC, the 5/3 and
 * 9/7 wavelets with RCT or ICT, 1 to 4 components up to 16 bits; its 9/7 decodes are OpenJPEG's to the sample.
 * What it does not implement it says from the headers before decoding anything (POC, PPM, PPT, RGN, CAP and other
 * extensions, wavelets or quantisation it does not know), and such streams go to jai-imageio-jpeg2000 (jj2000)
 * instead, which undoes the component transform itself. A stream that is corrupt is a {@link CodecFailure}, never
 * a reason to try the library.
 *
 * <p>Samples come back pixel-interleaved in {@code expected}'s sample size, sign-extended from {@code bitsStored}
 * when {@code signed}, higher bits cleared otherwise. Three components are reported as {@link ColorSpace#RGB} when
 * the stream used the component transform, which is only defined as the inverse of RGB; without it, the stream does
 * not say what they are ({@link ColorSpace#UNKNOWN}: DICOM's Photometric Interpretation does). The options are not
 * used.
 *
 * <p>Stateless and thread-safe: our decoder keeps its working buffers per thread, the library gets a reader per
 * call.
 */
public final class J2kDecoder implements FrameDecoder {

    @Override
    public DecodedFrame decode(byte[] data, FrameFormat expected, DecodeOptions options) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(expected, "expected");
        J2kCodestream stream = J2kCodestream.read(data);
        check(stream, expected);
        FrameFormat out = expected.withPlanar(false);
        ColorSpace space = expected.samplesPerPixel() == 1 ? ColorSpace.MONOCHROME
                : stream.mct() ? ColorSpace.RGB : ColorSpace.UNKNOWN;
        int[][] planes = ours(data, stream);
        if (planes != null) {
            return new DecodedFrame(toFrame(planes, out), out, space);
        }
        Raster raster = J2kLibrary.read(data, stream.start(), stream.end() - stream.start());
        if (raster.getWidth() != expected.columns() || raster.getHeight() != expected.rows()
                || raster.getNumBands() != expected.samplesPerPixel()) {
            throw new CodecFailure("JPEG 2000 library returned " + raster.getWidth() + "x" + raster.getHeight() + "x"
                    + raster.getNumBands() + " samples for a " + expected.columns() + "x" + expected.rows() + "x"
                    + expected.samplesPerPixel() + " codestream");
        }
        return new DecodedFrame(J2kSamples.toFrame(raster, out), out, space);
    }

    /** Our own decoder's planes, or null when the stream uses something it leaves to the library. */
    private static int[][] ours(byte[] data, J2kCodestream stream) {
        try {
            return CodestreamDecoder.decode(data, stream);
        } catch (J2kUnsupported e) {
            return null;
        }
    }

    /** Planes as a pixel-interleaved frame: each value's low bitsStored bits, sign-extended when signed. */
    private static byte[] toFrame(int[][] planes, FrameFormat out) {
        int nc = out.samplesPerPixel();
        int pixels = out.pixels();
        int bps = out.bytesPerSample();
        int unused = 32 - out.bitsStored();
        boolean signed = out.signed();
        byte[] frame = new byte[Math.multiplyExact(pixels, nc * bps)];
        for (int c = 0; c < nc; c++) {
            int[] plane = planes[c];
            int step = nc * bps;
            if (bps == 2) {
                for (int i = 0, o = c * 2; i < pixels; i++, o += step) {
                    int v = signed ? plane[i] << unused >> unused : plane[i] << unused >>> unused;
                    frame[o] = (byte) v;
                    frame[o + 1] = (byte) (v >> 8);
                }
            } else {
                for (int i = 0, o = c; i < pixels; i++, o += step) {
                    int v = signed ? plane[i] << unused >> unused : plane[i] << unused >>> unused;
                    frame[o] = (byte) v;
                }
            }
        }
        return frame;
    }

    private static void check(J2kCodestream s, FrameFormat expected) {
        if (s.components() != expected.samplesPerPixel()) {
            throw new CodecFailure("codestream has " + s.components() + " components, expected "
                    + expected.samplesPerPixel());
        }
        if (s.width() != expected.columns() || s.height() != expected.rows()) {
            throw new CodecFailure("codestream is " + s.width() + "x" + s.height() + ", expected "
                    + expected.columns() + "x" + expected.rows());
        }
        if (s.precision() < expected.bitsStored()) {
            throw new CodecFailure("codestream precision " + s.precision() + " is below bits stored "
                    + expected.bitsStored());
        }
        if (s.precision() > 16 || expected.bitsAllocated() > 16) {
            throw new CodecFailure("JPEG 2000 decoding here takes up to 16 bits, not precision " + s.precision()
                    + " into " + expected.bitsAllocated() + " bits allocated");
        }
    }
}
