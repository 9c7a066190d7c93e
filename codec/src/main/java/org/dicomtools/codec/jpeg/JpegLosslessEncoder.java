// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;

/**
 * Encodes lossless JPEG, process 14 (SOF3, Huffman coding; T.81 Annex H), with the predictor
 * {@link EncodeOptions#predictor()} (1, the default, is what DICOM's "first-order prediction" transfer syntax
 * 1.2.840.10008.1.2.4.70 requires), the point transform {@link EncodeOptions#pointTransform()} (0 keeps it lossless)
 * and the restart interval {@link EncodeOptions#restartInterval()}.
 *
 * <p>The precision P is {@code bitsStored}, 2 to 16; each sample is coded as the unsigned pattern of its low
 * {@code bitsStored} bits (the decoder's {@code signed} restores the sign). One or three components go into a
 * single interleaved scan coded with one Huffman table made optimal for the image (T.81 K.2), after a first pass
 * that counts the difference categories.
 *
 * <p>Restart intervals are rounded to whole lines, so that every interval restarts prediction at a line start as
 * decoders expect: the interval becomes {@code max(1, restartInterval / columns)} lines, fewer when the number of
 * samples per interval would not fit the 16-bit DRI field.
 */
public final class JpegLosslessEncoder implements FrameEncoder {

    @Override
    public byte[] encode(byte[] samples, FrameFormat format, EncodeOptions options) {
        int precision = format.bitsStored();
        if (precision < 2 || precision > 16) {
            throw new CodecFailure("lossless JPEG codes 2 to 16 bits per sample, not " + precision);
        }
        int width = format.columns();
        int height = format.rows();
        if (width > 65535 || height > 65535) {
            throw new CodecFailure("JPEG frames are at most 65535x65535, not " + width + "x" + height);
        }
        int pt = options.pointTransform();
        if (pt >= precision) {
            throw new CodecFailure("point transform " + pt + " must be below the precision " + precision);
        }
        int nc = format.samplesPerPixel();
        int predictor = options.predictor();
        int linesPerInterval = linesPerInterval(options.restartInterval(), width);

        int[] d;
        long[] frequencies;
        if (nc == 1 && format.bytesPerSample() == 2) {
            if (samples.length < format.frameLength()) {
                throw new CodecFailure("frame needs " + format.frameLength() + " bytes, got " + samples.length);
            }
            frequencies = new long[17];
            d = LosslessScanEncoder.planeDifferences(samples, format, pt, predictor, linesPerInterval, frequencies);
        } else {
            int[] s = SampleLayout.read(samples, format, pt);
            d = LosslessScanEncoder.differences(s, width, height, nc, predictor, precision - pt, linesPerInterval);
            frequencies = LosslessScanEncoder.categoryFrequencies(d);
        }
        HuffmanTable table = HuffmanTable.optimal(frequencies);

        BitWriter out = new BitWriter(capacity(d.length, frequencies, table));
        JpegWriter.soi(out);
        List<FrameHeader.Component> components = new ArrayList<>(nc);
        List<ScanHeader.ScanComponent> scanComponents = new ArrayList<>(nc);
        for (int c = 0; c < nc; c++) {
            components.add(new FrameHeader.Component(c + 1, 1, 1, 0));
            scanComponents.add(new ScanHeader.ScanComponent(c, 0, 0));
        }
        FrameHeader frame = new FrameHeader(Markers.SOF3, precision, height, width, components);
        JpegWriter.frameHeader(out, frame);
        JpegWriter.huffmanTable(out, 0, 0, table);
        if (linesPerInterval > 0) {
            JpegWriter.restartInterval(out, linesPerInterval * width);
        }
        JpegWriter.scanHeader(out, frame, new ScanHeader(scanComponents, predictor, 0, 0, pt));
        LosslessScanEncoder.write(out, d, table, linesPerInterval * width * nc);
        JpegWriter.eoi(out);
        return out.toByteArray();
    }

    /**
     * A size for the output buffer that it will rarely need to grow from: the exact number of bytes the
     * differences take (from how often each category occurs and the length of its code), plus room for byte
     * stuffing (an FF in every 32 bytes; in practice there is one in a few hundred), restart markers and the marker
     * segments.
     */
    private static int capacity(int samples, long[] frequencies, HuffmanTable table) {
        long bits = 0;
        for (int t = 0; t < frequencies.length; t++) {
            bits += frequencies[t] * (table.size(t) + (t == 16 ? 0 : t));
        }
        long bytes = bits / 8;
        return (int) Math.min(1 << 30, bytes + bytes / 32 + samples / 256 + 4096);
    }

    /** Lines per restart interval for an interval of {@code samples} MCUs; 0 for none. */
    static int linesPerInterval(int samples, int width) {
        if (samples == 0) {
            return 0;
        }
        return Math.max(1, Math.min(samples / width, 65535 / width));
    }
}
