// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dicomtools.image.PngOptions;
import org.dicomtools.image.PngWriter;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.pixel.Frame;
import org.dicomtools.pixel.FrameReader;
import org.dicomtools.render.RenderOptions;
import org.dicomtools.render.Renderer;
import org.dicomtools.stats.PixelStatistics;
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
 * The pixel path on the real CT slice (512×512, 12 bits in 16), one thread: read + render + PNG of one slice (what
 * {@code to-image} does per file), render alone, PNG alone, statistics; and the whole series rendered to PNG in
 * memory on all cores (slices per second = 174 / time).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PixelBenchmark {
    private List<Path> files;
    private DicomFile file;
    private Frame frame;
    private org.dicomtools.render.OutputImage rendered;
    private int next;

    @Setup
    public void setUp() {
        files = BenchData.files();
        file = DicomReader.read(files.get(0), ReadOptions.DEFAULT);
        frame = FrameReader.read(file, 0);
        rendered = Renderer.render(file.dataSet(), frame, 0, RenderOptions.defaults()).image();
    }

    /** Read a file, decode its frame, render with its window, encode PNG: to-image's work per slice. */
    @Benchmark
    public byte[] readRenderPng() {
        Path p = files.get(next);
        next = (next + 1) % files.size();
        DicomFile f = DicomReader.read(p, ReadOptions.DEFAULT);
        Frame fr = FrameReader.read(f, 0);
        return PngWriter.encode(Renderer.render(f.dataSet(), fr, 0, RenderOptions.defaults()).image(),
                PngOptions.DEFAULT);
    }

    /** Rendering alone (lookup table built and applied). */
    @Benchmark
    public Object render() {
        return Renderer.render(file.dataSet(), frame, 0, RenderOptions.defaults());
    }

    /** PNG encoding alone (8-bit grey 512×512). */
    @Benchmark
    public byte[] png() {
        return PngWriter.encode(rendered, PngOptions.DEFAULT);
    }

    /** All statistics of one frame. */
    @Benchmark
    public Object stats() {
        return PixelStatistics.of(frame);
    }

    /** The whole series: read, render and PNG-encode every slice, on all cores. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public long seriesToPng() {
        return files.parallelStream().mapToLong(p -> {
            DicomFile f = DicomReader.read(p, ReadOptions.DEFAULT);
            return PngWriter.encode(Renderer.render(f.dataSet(), FrameReader.read(f, 0), 0,
                    RenderOptions.defaults()).image(), PngOptions.DEFAULT).length;
        }).sum();
    }
}
