// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;

/** The target and codec options of {@code transcode}, shared with {@code batch transcode} (SPEC §5). */
final class TranscodeMixin {
    String syntax;
    int quality;
    int predictor;
    int near;
    double ratio;
    boolean noVerify;

    /** Declares these options on the command that includes them. */
    void define(CommandSpec spec) {
        spec.option("-t", "--transfer-syntax", "--syntax").label("TS").required()
                .help("Target: a name (explicit, implicit, big-endian, deflated, rle, jpeg-baseline, jpeg-extended, "
                        + "jpeg-lossless-nh14, jpeg-lossless, ...) or a UID.")
                .string(v -> syntax = v);
        spec.option("--quality").defaultValue("90").help("Lossy quality 1-100 (default ${DEFAULT-VALUE}).")
                .intValue(v -> quality = v);
        spec.option("--predictor").defaultValue("1")
                .help("JPEG lossless predictor 1-7 for jpeg-lossless-nh14 (default ${DEFAULT-VALUE}).")
                .intValue(v -> predictor = v);
        spec.option("--near").defaultValue("0")
                .help("JPEG-LS NEAR: largest error per sample for jpeg-ls-near (default ${DEFAULT-VALUE}).")
                .intValue(v -> near = v);
        spec.option("--ratio").defaultValue("10").help("JPEG 2000 lossy compression ratio (default ${DEFAULT-VALUE}).")
                .doubleValue(v -> ratio = v);
        spec.option("--no-verify").help("Do not decode lossless output to prove it equals the source.")
                .flag(() -> noVerify = true);
    }

    EncodeOptions encode() {
        return EncodeOptions.DEFAULT.withQuality(quality).withPredictor(predictor).withNear(near).withRatio(ratio);
    }

    /** The options for the named target; an unknown or unwritable syntax is an error listing the known ones (80). */
    TranscodeOptions options(CodecRegistry registry) {
        TransferSyntax ts = Syntaxes.writable(syntax, registry);
        return TranscodeOptions.to(ts).withEncode(encode()).withVerify(!noVerify);
    }
}
