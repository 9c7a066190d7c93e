// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import picocli.CommandLine.Option;

/** The target and codec options of {@code transcode}, shared with {@code batch transcode} (SPEC §5). */
final class TranscodeMixin {
    @Option(names = {"-t", "--transfer-syntax", "--syntax"}, paramLabel = "TS", required = true,
            description = "Target: a name (explicit, implicit, big-endian, deflated, rle, jpeg-baseline, jpeg-extended, jpeg-lossless-nh14, jpeg-lossless, ...) or a UID.")
    String syntax;

    @Option(names = "--quality", defaultValue = "90", description = "Lossy quality 1-100 (default ${DEFAULT-VALUE}).")
    int quality;

    @Option(names = "--predictor", defaultValue = "1", description = "JPEG lossless predictor 1-7 for jpeg-lossless-nh14 (default ${DEFAULT-VALUE}).")
    int predictor;

    @Option(names = "--near", defaultValue = "0", description = "JPEG-LS NEAR: largest error per sample for jpeg-ls-near (default ${DEFAULT-VALUE}).")
    int near;

    @Option(names = "--ratio", defaultValue = "10", description = "JPEG 2000 lossy compression ratio (default ${DEFAULT-VALUE}).")
    double ratio;

    @Option(names = "--no-verify", description = "Do not decode lossless output to prove it equals the source.")
    boolean noVerify;

    EncodeOptions encode() {
        return EncodeOptions.DEFAULT.withQuality(quality).withPredictor(predictor).withNear(near).withRatio(ratio);
    }

    /** The options for the named target; an unknown or unwritable syntax is an error listing the known ones (80). */
    TranscodeOptions options(CodecRegistry registry) {
        TransferSyntax ts = Syntaxes.writable(syntax, registry);
        return TranscodeOptions.to(ts).withEncode(encode()).withVerify(!noVerify);
    }
}
