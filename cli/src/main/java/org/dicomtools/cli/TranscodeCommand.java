// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.TranscodeResult;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "transcode", description = "Change the transfer syntax (lossless output is verified by decoding).",
        mixinStandardHelpOptions = true)
final class TranscodeCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "F", description = "Output file (default <stem>_transcoded.dcm beside the input).")
    Path output;

    @Mixin
    TranscodeMixin codec;

    @Option(names = {"-j", "--jobs"}, description = "Frames coded in parallel (default: all cores).")
    Integer jobs;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() {
        return run(file, output == null ? Cli.sibling(file, "_transcoded.dcm") : output, codec.syntax,
                codec.encode(), !codec.noVerify, jobs, json);
    }

    /** Shared with {@code decompress}. */
    static int run(Path in, Path out, String syntax, EncodeOptions encode, boolean verify, Integer jobs, boolean json) {
        TransferSyntax ts = Syntaxes.writable(syntax, CodecRegistry.standard());
        TranscodeOptions options = TranscodeOptions.to(ts).withEncode(encode).withVerify(verify);
        if (jobs != null) {
            options = options.withThreads(Math.max(1, jobs));
        }
        TranscodeResult r = Transcoder.standard().transcode(in, out, options);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("input", in.toString());
            doc.put("output", out.toString());
            doc.put("transfer_syntax", ts.uid());
            doc.put("transfer_syntax_name", ts.name());
            doc.put("frames", r.frames());
            doc.put("encoded_bytes", r.encodedBytes());
            doc.put("compression_ratio", r.encodedBytes() > 0 ? r.compressionRatio() : null);
            doc.put("lossy", r.lossy());
            doc.put("verified", r.verified());
            Json.print(doc);
            return ExitCodes.OK;
        }
        StringBuilder line = new StringBuilder("Transcoded to ").append(ts.name()).append(" (").append(ts.uid())
                .append(") -> ").append(out);
        if (r.encodedBytes() > 0) {
            line.append(String.format(Locale.ROOT, "  [%d frame(s), ratio %.2f:1%s]", r.frames(), r.compressionRatio(),
                    r.lossy() ? ", lossy" : r.verified() ? ", verified lossless" : ", not verified"));
        }
        System.out.println(line);
        return ExitCodes.OK;
    }
}
