// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.FrameReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three main batch operations over the real CT series (174 slices); skipped when the data is absent. */
class BatchRealSeriesTest {
    static final int SLICES = 174;

    @TempDir
    Path dir;
    static Path series;

    @BeforeAll
    static void findSeries() {
        series = Path.of("").toAbsolutePath().resolve("../../shared/data/sample_series").normalize();
        Assumptions.assumeTrue(Files.isDirectory(series), "shared/data/sample_series not present");
    }

    private List<Map<String, Object>> run(String op, String... options) {
        Path report = dir.resolve(op + ".jsonl");
        List<String> args = new ArrayList<>(List.of("batch", op, series.toString(), "-o",
                dir.resolve(op).toString(), "--report", report.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(op + ": " + SLICES + " files in ", SLICES + " ok, 0 failed, 0 skipped");
        List<Map<String, Object>> records = JsonLines.read(report);
        assertThat(records).hasSize(SLICES).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("ok"));
        return records;
    }

    @Test
    void convertsEverySlice() {
        run("convert");
        assertThat(dir.resolve("convert/IM-0001-0001.png")).exists();
        assertThat(dir.resolve("convert/IM-0001-0174.png")).exists();
    }

    @Test
    void anonymizesEverySliceWithOnePatientPseudonym() {
        List<Map<String, Object>> records = run("anonymize", "--secret", "k");
        assertThat(records.stream().map(r -> BatchCommandTest.result(r).get("patient_id")).distinct()).hasSize(1);
    }

    @Test
    void transcodesEverySliceToRleAndTheyDecodeToTheSamePixels() {
        List<Map<String, Object>> records = run("transcode", "--syntax", "rle");
        assertThat(records).allSatisfy(r -> assertThat(BatchCommandTest.result(r)).containsEntry("to", "rle")
                .containsEntry("verified", true));
        for (String name : new String[] {"IM-0001-0001.dcm", "IM-0001-0087.dcm", "IM-0001-0174.dcm"}) {
            DicomFile in = DicomReader.read(series.resolve(name));
            DicomFile rle = DicomReader.read(dir.resolve("transcode").resolve(name));
            assertThat(rle.transferSyntax().shortName()).isEqualTo("rle");
            assertThat(FrameReader.read(rle, 0).ints()).as(name).isEqualTo(FrameReader.read(in, 0).ints());
        }
    }
}
