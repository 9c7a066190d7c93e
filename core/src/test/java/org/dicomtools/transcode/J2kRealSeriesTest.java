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
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.data.DataSet;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.pixel.NativeFrames;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every slice of the real CT series (174 slices, 512x512, 12 bits in 16) through our JPEG 2000 lossless encoder and
 * back through the decoder, exactly; skipped when the shared data is absent.
 */
class J2kRealSeriesTest {

    @Test
    void everySliceRoundTripsExactly() throws IOException {
        Path series = Images.realSeries();
        Assumptions.assumeTrue(series != null && Files.isDirectory(series), "shared/data/sample_series not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(series)) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        TransferSyntax j2k = TransferSyntaxes.forName("j2k");
        CodecRegistry registry = CodecRegistry.standard();
        FrameEncoder encoder = registry.encoder(j2k);
        FrameDecoder decoder = registry.decoder(j2k);
        long raw = 0;
        long coded = 0;
        for (Path file : files) {
            DataSet ds = DicomReader.read(file).dataSet();
            FrameFormat format = ImagePixel.of(ds).frameFormat();
            byte[] frame = NativeFrames.of(ds).frame(0);
            byte[] stream = encoder.encode(frame, format, EncodeOptions.DEFAULT);
            byte[] decoded = decoder.decode(stream, format, DecodeOptions.DEFAULT).samples();
            assertThat(decoded).as("%s", file.getFileName()).isEqualTo(stored(frame, format));
            raw += frame.length;
            coded += stream.length;
        }
        assertThat((double) raw / coded).as("compression ratio over the series").isGreaterThan(3);
    }

    /** The frame's stored values as the decoder returns them: bits above bitsStored cleared (or sign-extended). */
    private static byte[] stored(byte[] frame, FrameFormat f) {
        byte[] out = frame.clone();
        int unused = 32 - f.bitsStored();
        for (int i = 0; i + 1 < out.length; i += 2) {
            int v = (out[i] & 0xFF) | (out[i + 1] & 0xFF) << 8;
            v = f.signed() ? v << unused >> unused : v << unused >>> unused;
            out[i] = (byte) v;
            out[i + 1] = (byte) (v >> 8);
        }
        return out;
    }
}
