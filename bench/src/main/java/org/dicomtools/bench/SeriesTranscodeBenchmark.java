// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.TransferSyntaxes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Transcoding the whole series file to file (read, encode, verify, write) on all cores, one file per task. Files per
 * second is the file count divided by the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SeriesTranscodeBenchmark {
    @Param({"rle", "jpeg-lossless"})
    public String syntax;

    private List<Path> files;
    private Path out;

    @Setup
    public void setUp() throws IOException {
        files = BenchData.files();
        out = Files.createTempDirectory("dicomtools-transcode-bench");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var s = Files.list(out)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(out);
    }

    @Benchmark
    public int transcodeSeries() {
        TranscodeOptions options = TranscodeOptions.to(TransferSyntaxes.forName(syntax)).withThreads(1);
        Transcoder t = Transcoder.standard();
        files.parallelStream().forEach(p -> {
            try {
                t.transcode(p, out.resolve(p.getFileName()), options);
            } catch (RuntimeException e) {
                throw new UncheckedIOException(new IOException(p + ": " + e.getMessage(), e));
            }
        });
        return files.size();
    }
}
