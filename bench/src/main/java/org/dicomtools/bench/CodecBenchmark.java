// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.bench;

import java.util.concurrent.TimeUnit;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.data.DataSet;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.pixel.NativeFrames;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encode and decode of one frame of the real CT slice (512×512, 12 bits in 16) on one thread, per codec. MB/s is the
 * native frame size (0.5 MiB) divided by the time per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
    @Param({"rle", "jpeg-lossless", "jpeg-extended", "jpeg-ls", "j2k"})
    public String syntax;

    private byte[] frame;
    private byte[] encoded;
    private FrameFormat format;
    private FrameEncoder encoder;
    private FrameDecoder decoder;
    private EncodeOptions options;

    @Setup
    public void setUp() {
        DataSet ds = DicomReader.read(BenchData.files().get(0), ReadOptions.IN_MEMORY).dataSet();
        format = ImagePixel.of(ds).frameFormat();
        frame = NativeFrames.of(ds).frame(0);
        TransferSyntax ts = TransferSyntaxes.forName(syntax);
        CodecRegistry registry = CodecRegistry.standard();
        encoder = registry.encoder(ts);
        decoder = registry.decoder(ts);
        options = registry.encodeOptions(ts, EncodeOptions.DEFAULT);
        encoded = encoder.encode(frame, format, options);
    }

    @Benchmark
    public byte[] encode() {
        return encoder.encode(frame, format, options);
    }

    @Benchmark
    public Object decode() {
        return decoder.decode(encoded, format, DecodeOptions.DEFAULT);
    }
}
