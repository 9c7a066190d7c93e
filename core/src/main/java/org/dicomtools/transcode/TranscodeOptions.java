// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.ts.TransferSyntax;

/**
 * What to transcode to and how.
 *
 * @param target  the transfer syntax to write
 * @param encode  codec settings (quality default 90, predictor 1, ...); the target syntax may fix some of them
 * @param verify  decode lossless output and compare it with the source samples before anything is written
 *                (default true); a mismatch is a {@link org.dicomtools.error.CodecException}
 * @param threads frames coded in parallel (default: all cores)
 */
public record TranscodeOptions(TransferSyntax target, EncodeOptions encode, boolean verify, int threads) {

    public TranscodeOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static TranscodeOptions to(TransferSyntax target) {
        return new TranscodeOptions(target, EncodeOptions.DEFAULT, true, Runtime.getRuntime().availableProcessors());
    }

    public TranscodeOptions withEncode(EncodeOptions e) {
        return new TranscodeOptions(target, e, verify, threads);
    }

    public TranscodeOptions withVerify(boolean v) {
        return new TranscodeOptions(target, encode, v, threads);
    }

    public TranscodeOptions withThreads(int t) {
        return new TranscodeOptions(target, encode, verify, t);
    }
}
