// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

/** Stream structures the encoder does not write but other encoders do. */
class JpegLosslessScansTest {

    /**
     * One scan per component, each with its own predictor, point transform and freshly defined Huffman table, and
     * optionally the height left to a DNL segment.
     */
    private static byte[] nonInterleaved(int[] s, int width, int height, int precision, int[] predictors,
                                         int[] pointTransforms, boolean dnl, boolean adobeRgb) {
        int nc = predictors.length;
        BitWriter w = new BitWriter();
        JpegWriter.soi(w);
        if (adobeRgb) {
            JpegWriter.adobe(w, 0);
        }
        List<FrameHeader.Component> components = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            components.add(new FrameHeader.Component(10 + c, 1, 1, 0));
        }
        FrameHeader frame = new FrameHeader(Markers.SOF3, precision, dnl ? 0 : height, width, components);
        JpegWriter.frameHeader(w, frame);
        for (int c = 0; c < nc; c++) {
            int pt = pointTransforms[c];
            int[] plane = new int[width * height];
            for (int i = 0; i < plane.length; i++) {
                plane[i] = s[i * nc + c] >> pt;
            }
            int[] d = LosslessScanEncoder.differences(plane, width, height, 1, predictors[c], precision - pt, 0);
            HuffmanTable table = HuffmanTable.optimal(LosslessScanEncoder.categoryFrequencies(d));
            JpegWriter.huffmanTable(w, 0, 1, table);
            JpegWriter.scanHeader(w, frame, new ScanHeader(List.of(new ScanHeader.ScanComponent(c, 1, 0)),
                    predictors[c], 0, 0, pt));
            LosslessScanEncoder.write(w, d, table, 0);
            if (dnl && c == 0) {
                w.marker(Markers.DNL);
                w.writeU16(4);
                w.writeU16(height);
            }
        }
        JpegWriter.eoi(w);
        return w.toByteArray();
    }

    private static int[] samples(byte[] image, FrameFormat f) {
        int[] s = new int[f.pixels() * f.samplesPerPixel()];
        for (int i = 0; i < s.length; i++) {
            s[i] = LosslessTestImages.get(image, i, f.bytesPerSample());
        }
        return s;
    }

    @Test
    void oneScanPerComponentWithTheirOwnTablesAndPredictors() {
        FrameFormat format = LosslessTestImages.format(13, 11, 3, 12);
        byte[] image = LosslessTestImages.image(format, 21);
        byte[] jpeg = nonInterleaved(samples(image, format), 13, 11, 12, new int[] {1, 4, 7}, new int[3], false,
                true);
        DecodedFrame frame = new JpegLosslessDecoder().decode(jpeg, format, DecodeOptions.DEFAULT);
        assertThat(frame.samples()).isEqualTo(image);
        assertThat(frame.colorSpace()).isEqualTo(ColorSpace.RGB);
    }

    @Test
    void pointTransformsPerScanAndHeightFromDnl() {
        FrameFormat format = LosslessTestImages.format(7, 9, 3, 16);
        byte[] image = LosslessTestImages.image(format, 22);
        int[] pts = {0, 1, 3};
        byte[] jpeg = nonInterleaved(samples(image, format), 7, 9, 16, new int[] {6, 2, 5}, pts, true, false);
        byte[] back = new JpegLosslessDecoder().decode(jpeg, format, DecodeOptions.DEFAULT).samples();
        for (int i = 0; i < format.pixels() * 3; i++) {
            int lost = (1 << pts[i % 3]) - 1;
            assertThat(LosslessTestImages.get(back, i, 2)).isEqualTo(LosslessTestImages.get(image, i, 2) & ~lost);
        }
    }

    @Test
    void thirtyTwoBitSamplesRoundTrip() {
        FrameFormat format = new FrameFormat(6, 5, 1, 32, 16, true, false);
        byte[] image = new byte[format.pixels() * 4];
        for (int i = 0; i < format.pixels(); i++) {
            LosslessTestImages.put(image, i, 4, (i * 7919) % 65536 - 32768);
        }
        byte[] jpeg = new JpegLosslessEncoder().encode(image, format, EncodeOptions.DEFAULT.withPredictor(3));
        assertThat(new JpegLosslessDecoder().decode(jpeg, format, DecodeOptions.DEFAULT).samples())
                .isEqualTo(image);
    }
}
