// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.TranscodeResult;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;

final class TranscodeCommand implements Command, InputCommand {
    Path file;
    Path output;
    final TranscodeMixin codec = new TranscodeMixin();
    Integer jobs;
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Change the transfer syntax (lossless output is verified by decoding).");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        spec.option("-o", "--output").label("F").help("Output file (default <stem>_transcoded.dcm beside the input).")
                .path(v -> output = v);
        codec.define(spec);
        spec.option("-j", "--jobs").help("Frames coded in parallel (default: all cores).").intValue(v -> jobs = v);
        spec.option("--json").help("Print one JSON object instead of text.").flag(() -> json = true);
    }

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
