// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.Objects;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;

/**
 * Encodes JPEG 2000 lossless (ISO 15444-1 reversible 5/3 wavelet; DICOM transfer syntax 1.2.840.10008.1.2.4.90) as
 * a raw codestream with our own encoder ({@link TileEncoder}): one tile, one quality layer, LRCP, no precincts,
 * 64x64 code-blocks, 5 decomposition levels (fewer for frames under 128 samples across, see
 * {@link J2kLibrary#levels}), the DC level shift of G.1.2 for unsigned samples and, for three components, the
 * reversible component transform (RCT, G.2.1), which DICOM labels YBR_RCT. Precision is {@code bitsStored} (2 to 16)
 * and components are signed when the frame is. The options are not used.
 *
 * <p>Each stream gets a cheap check before it is returned: its main header and tile-part are read back by
 * {@link J2kCodestream} and must describe the frame. Until our own encoder arrived, every stream was decoded again by
 * jai-imageio and compared, because that library's encoder dropped low bit-planes of small code-blocks; that decode
 * costs more CPU than our whole encode (25 ms against 23 ms for a 512x512 12-bit CT slice on one busy core, and our
 * encode takes about 12 ms on a quiet one), so it went. The encoder's output is instead proved by its tests (every size from 1x1 to 65x65, 2 to 16 bits, signed or
 * not, one or three components, and real CT, all decoded exactly by jai-imageio, and by OpenJPEG where installed),
 * and the transcoder still decodes and compares every frame it writes unless told not to.
 *
 * <p>Stateless and thread-safe.
 */
public final class J2kLosslessEncoder implements FrameEncoder {

    @Override
    public byte[] encode(byte[] samples, FrameFormat format, EncodeOptions options) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(format, "format");
        J2kLibrary.check(format);
        int[][] planes = planes(samples, format);
        byte[] stream = TileEncoder.encode(planes, format.columns(), format.rows(), format.bitsStored(),
                format.signed(), format.samplesPerPixel() == 3, J2kLibrary.levels(format));
        check(stream, format);
        return stream;
    }

    /**
     * One plane per component of the frame's values: the low {@code bitsStored} bits of each sample, sign-extended
     * when signed, else less 2^(bitsStored-1) (the DC level shift, G.1.2); for three components then Y, Cb and Cr of
     * the RCT (G.2.1): floor((R + 2G + B) / 4), B - G and R - G.
     */
    static int[][] planes(byte[] samples, FrameFormat f) {
        if (samples.length < f.frameLength()) {
            throw new CodecFailure("JPEG 2000 encoder got " + samples.length + " bytes for a " + f.columns() + "x"
                    + f.rows() + " frame of " + f.samplesPerPixel() + " samples of " + f.bitsAllocated()
                    + " bits, which takes " + f.frameLength());
        }
        int nc = f.samplesPerPixel();
        int pixels = f.pixels();
        int bps = f.bytesPerSample();
        int unused = 32 - f.bitsStored();
        int shift = f.signed() ? 0 : 1 << (f.bitsStored() - 1);
        int[][] planes = new int[nc][pixels];
        for (int c = 0; c < nc; c++) {
            int[] plane = planes[c];
            int pos = f.planar() ? c * pixels * bps : c * bps;
            int step = f.planar() ? bps : nc * bps;
            if (bps == 2 && f.signed()) {
                for (int i = 0; i < pixels; i++, pos += step) {
                    plane[i] = ((samples[pos] & 0xFF) | samples[pos + 1] << 8) << unused >> unused;
                }
            } else if (bps == 2) {
                for (int i = 0; i < pixels; i++, pos += step) {
                    plane[i] = (((samples[pos] & 0xFF) | (samples[pos + 1] & 0xFF) << 8) << unused >>> unused) - shift;
                }
            } else {
                for (int i = 0; i < pixels; i++, pos += step) {
                    int v = (samples[pos] & 0xFF) << unused;
                    plane[i] = f.signed() ? v >> unused : (v >>> unused) - shift;
                }
            }
        }
        if (nc == 3) {
            int[] r = planes[0];
            int[] g = planes[1];
            int[] b = planes[2];
            for (int i = 0; i < pixels; i++) {
                int y = (r[i] + 2 * g[i] + b[i]) >> 2;
                b[i] -= g[i];
                r[i] -= g[i];
                g[i] = y;
            }
            planes = new int[][] {g, b, r};
        }
        return planes;
    }

    /** The cheap check: our stream's headers, read back, say what the frame is, and its one tile-part is whole. */
    private static void check(byte[] stream, FrameFormat f) {
        J2kCodestream h = J2kCodestream.read(stream);
        if (h.width() != f.columns() || h.height() != f.rows() || h.components() != f.samplesPerPixel()
                || h.precision() != f.bitsStored() || h.signed() != f.signed() || h.tiles() != 1
                || h.end() != stream.length || !h.reversible() || h.mct() != (f.samplesPerPixel() == 3)) {
            throw new CodecFailure("JPEG 2000 encoder made a codestream whose headers do not match the "
                    + f.columns() + "x" + f.rows() + " frame (" + h + "); refusing to return it");
        }
    }
}
