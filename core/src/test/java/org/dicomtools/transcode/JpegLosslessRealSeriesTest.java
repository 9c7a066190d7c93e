// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.codec.jpeg.JpegLosslessDecoder;
import org.dicomtools.codec.jpeg.JpegLosslessEncoder;
import org.dicomtools.data.DataSet;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.pixel.NativeFrames;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The lossless JPEG encoder writes the same bytes for the 174 real CT slices as it always has (speed work must
 * not change them), and the decoder gives each slice back. The bytes are pinned by one SHA-256 over the list of
 * the streams' SHA-256s, recorded from the encoder before its speed work; a deliberate change of the stream must
 * record them again and say why.
 */
class JpegLosslessRealSeriesTest {
    /** Predictor 1, no restart intervals: DICOM 1.2.840.10008.1.2.4.70 as dicom-tools writes it. */
    private static final String FIRST_ORDER = "b77713a3cd59680412b45a7788914c007d8b0b1d5e1d74b215333c4167ea0d60";
    /** Predictor 6 with restart intervals of 2 lines. */
    private static final String PREDICTOR_6_RESTARTS =
            "6d80a6c0a7061192ff3c64ef4da2db605629b7dda8827affde1e9d35f8713156";

    @Test
    void realSlicesEncodeToTheRecordedBytesAndDecodeBack() throws IOException {
        Path series = Images.realSeries();
        Assumptions.assumeTrue(series != null, "shared/data/sample_series not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(series)) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        JpegLosslessEncoder encoder = new JpegLosslessEncoder();
        JpegLosslessDecoder decoder = new JpegLosslessDecoder();
        EncodeOptions predictor6 = EncodeOptions.DEFAULT.withPredictor(6).withRestartInterval(1024);
        StringBuilder firstOrder = new StringBuilder();
        StringBuilder restarts = new StringBuilder();
        for (Path p : files) {
            DataSet ds = DicomReader.read(p, ReadOptions.IN_MEMORY).dataSet();
            FrameFormat format = ImagePixel.of(ds).frameFormat();
            byte[] frame = NativeFrames.of(ds).frame(0);
            String name = p.getFileName().toString();
            for (EncodeOptions options : List.of(EncodeOptions.DEFAULT, predictor6)) {
                byte[] jpeg = encoder.encode(frame, format, options);
                (options == predictor6 ? restarts : firstOrder).append(sha256(jpeg)).append("  ").append(name)
                        .append('\n');
                assertThat(decoder.decode(jpeg, format, DecodeOptions.DEFAULT).samples())
                        .as("%s, predictor %d", name, options.predictor()).isEqualTo(frame);
            }
        }
        assertThat(sha256(firstOrder.toString().getBytes(StandardCharsets.US_ASCII))).isEqualTo(FIRST_ORDER);
        assertThat(sha256(restarts.toString().getBytes(StandardCharsets.US_ASCII))).isEqualTo(PREDICTOR_6_RESTARTS);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
