// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * The files benchmarks run on: the real CT series when present (system property {@code dicomtools.bench.data} or
 * {@code ../shared/data/sample_series} from the repository root), else a synthetic series of the same shape.
 */
final class BenchData {
    private BenchData() {
    }

    static List<Path> files() {
        Path dir = Path.of(System.getProperty("dicomtools.bench.data", "../shared/data/sample_series"));
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
                if (!files.isEmpty()) {
                    return files;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return synthetic(174);
    }

    /** 512×512 16-bit CT-shaped files in a temporary folder. */
    private static List<Path> synthetic(int count) {
        try {
            Path dir = Files.createTempDirectory("dicomtools-bench");
            List<Path> out = new ArrayList<>();
            byte[] pixels = new byte[512 * 512 * 2];
            for (int i = 0; i < pixels.length; i += 2) {
                pixels[i] = (byte) (i * 31);
                pixels[i + 1] = (byte) ((i >> 9) & 0x0F);
            }
            for (int i = 1; i <= count; i++) {
                DataSet ds = new DataSet();
                ds.setString(Tag.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
                ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.4242" + i);
                ds.setString(Tag.PatientName, VR.PN, "BENCH^SYNTHETIC");
                ds.setString(Tag.Modality, VR.CS, "CT");
                ds.setInt(Tag.Rows, VR.US, 512);
                ds.setInt(Tag.Columns, VR.US, 512);
                ds.setInt(Tag.BitsAllocated, VR.US, 16);
                ds.setInt(Tag.BitsStored, VR.US, 12);
                ds.setBytes(Tag.PixelData, VR.OW, pixels);
                Path p = dir.resolve(String.format("SYN-%04d.dcm", i));
                DicomWriter.write(p, DicomFile.of(null, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
                p.toFile().deleteOnExit();
                out.add(p);
            }
            dir.toFile().deleteOnExit();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
