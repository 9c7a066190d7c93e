// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.Frame;
import org.dicomtools.pixel.NativeFrames;
import org.junit.jupiter.api.Assumptions;

/** Frame 0 of the real CT slice IM-0001-0001 of the shared sample series, as 12-bit unsigned stored values. */
final class RealSlice {
    private static Frame frame;

    private RealSlice() {
    }

    static Path path() {
        Path p = Stream.of("/work/shared/data", "../../shared/data", "../shared/data", "shared/data")
                .map(d -> Path.of(d, "sample_series", "IM-0001-0001.dcm"))
                .filter(Files::isRegularFile)
                .findFirst().orElse(null);
        Assumptions.assumeTrue(p != null, "shared/data/sample_series not present");
        return p;
    }

    static synchronized Frame frame() {
        if (frame == null) {
            byte[] b = NativeFrames.of(DicomReader.read(path()).dataSet()).frame(0);
            int[] v = new int[b.length / 2];
            for (int i = 0; i < v.length; i++) {
                v[i] = ((b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8) & 0xFFF;
            }
            frame = new Frame(512, 512, 1, 12, false, "MONOCHROME2", v, null);
        }
        return frame;
    }

    /** The Modality LUT of the slice: slope 1, intercept -1024 (Hounsfield units). */
    static double hu(double stored) {
        return stored - 1024;
    }
}
