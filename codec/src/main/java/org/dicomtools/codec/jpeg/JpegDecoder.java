// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameFormat;

/**
 * Decodes any JPEG process this build knows by the frame marker the stream actually has, not by the transfer syntax
 * that names it: SOF3 lossless (process 14), SOF0/SOF1 sequential DCT and SOF2 progressive DCT (T.81 Table B.1).
 * Files whose transfer syntax names another JPEG process than their stream still decode.
 */
public final class JpegDecoder implements FrameDecoder {
    private final FrameDecoder lossless = new JpegLosslessDecoder();
    private final FrameDecoder dct = new JpegDctDecoder();

    @Override
    public DecodedFrame decode(byte[] data, FrameFormat expected, DecodeOptions options) {
        int sof = frameMarker(data);
        return switch (sof) {
            case Markers.SOF0, Markers.SOF1, Markers.SOF2 -> dct.decode(data, expected, options);
            case Markers.SOF3 -> lossless.decode(data, expected, options);
            default -> throw new CodecFailure("JPEG " + Markers.name(sof) + " (hierarchical or arithmetic coding) is "
                    + "not supported; this build decodes SOF0, SOF1, SOF2 and SOF3");
        };
    }

    /** The first SOFn marker, skipping the table and application segments before it. */
    static int frameMarker(byte[] data) {
        JpegReader reader = new JpegReader(data);
        reader.readSoi();
        while (true) {
            int m = reader.nextMarker();
            if (Markers.isSof(m)) {
                return m;
            }
            if (m == Markers.SOS || m == Markers.EOI) {
                throw new CodecFailure("no frame header (SOFn) before " + Markers.name(m) + " at byte offset "
                        + reader.markerOffset());
            }
            if (!Markers.isStandalone(m)) {
                reader.skipSegment();
            }
        }
    }
}
