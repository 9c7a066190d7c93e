// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dicomtools.data.DataSet;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.ts.TransferSyntaxes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one file of the series per operation, cycling through all of them: header only, everything into memory,
 * and the baseline of copying the file's bytes from the page cache.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBenchmark {
    private List<Path> files;
    private int next;
    private DataSet loaded;

    @Setup
    public void setUp() {
        files = BenchData.files();
        loaded = DicomReader.read(files.get(0), ReadOptions.IN_MEMORY).dataSet();
    }

    private Path nextFile() {
        Path p = files.get(next);
        next = (next + 1) % files.size();
        return p;
    }

    /** Header only: stops before Pixel Data (what info, search and organize need). */
    @Benchmark
    public DicomFile headerOnly() {
        return DicomReader.read(nextFile(), ReadOptions.HEADER_ONLY);
    }

    /** The whole file with Pixel Data left in place as offset + length. */
    @Benchmark
    public DicomFile fullLazy() {
        return DicomReader.read(nextFile(), ReadOptions.DEFAULT);
    }

    /** The whole file with every value in memory. */
    @Benchmark
    public DicomFile fullInMemory() {
        return DicomReader.read(nextFile(), ReadOptions.IN_MEMORY);
    }

    /** Baseline: copying the same bytes from the page cache. */
    @Benchmark
    public byte[] copyBytes() throws IOException {
        return Files.readAllBytes(nextFile());
    }

    /** Writing one in-memory slice as Explicit VR Little Endian to a discarding stream. */
    @Benchmark
    public long writeExplicit() throws IOException {
        CountingSink sink = new CountingSink();
        DicomWriter.write(sink, FileMeta.create(null, loaded, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN), loaded,
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.DEFAULT);
        return sink.count;
    }

    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
