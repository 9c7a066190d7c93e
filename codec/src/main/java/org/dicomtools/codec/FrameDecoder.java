// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec;

/** Decodes one frame at a time; implementations are stateless and safe to call from many threads. */
public interface FrameDecoder {
    /**
     * Decodes one frame.
     *
     * @param data     the codestream (may carry trailing padding bytes)
     * @param expected what the container says the frame is: size, samples, bits, sign; used to size the output and
     *                 to sign-extend, and checked against the stream
     * @throws CodecFailure when the stream is corrupt or does not match {@code expected}
     */
    DecodedFrame decode(byte[] data, FrameFormat expected, DecodeOptions options);
}
