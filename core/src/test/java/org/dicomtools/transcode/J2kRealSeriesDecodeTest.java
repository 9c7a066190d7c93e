// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.codec.j2k.J2kDecoder;
import org.dicomtools.codec.j2k.J2kLosslessEncoder;
import org.dicomtools.data.DataSet;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.pixel.NativeFrames;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Real CT slices through JPEG 2000 lossless and back with our own decoder: every sample exact. */
class J2kRealSeriesDecodeTest {

    @Test
    void realSlicesRoundTripExactly() throws IOException {
        Path dir = Stream.of("/work/shared/data", "../../shared/data", "../shared/data")
                .map(d -> Path.of(d, "sample_series")).filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(dir != null, "shared/data/sample_series not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        Assumptions.assumeTrue(!files.isEmpty(), "no slices");
        // Every 12th slice: the library's encoder takes a while per slice.
        for (int i = 0; i < files.size(); i += 12) {
            DataSet ds = DicomReader.read(files.get(i)).dataSet();
            FrameFormat format = ImagePixel.of(ds).frameFormat();
            byte[] frame = NativeFrames.of(ds).frame(0);
            byte[] stream = new J2kLosslessEncoder().encode(frame, format, EncodeOptions.DEFAULT);
            byte[] back = new J2kDecoder().decode(stream, format, DecodeOptions.DEFAULT).samples();
            assertThat(back).as("%s", files.get(i).getFileName()).isEqualTo(frame);
        }
    }
}
