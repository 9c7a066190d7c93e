// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec;

/** Encodes one frame at a time; implementations are stateless and safe to call from many threads. */
public interface FrameEncoder {
    /**
     * Encodes the samples of one frame.
     *
     * @return the codestream, not padded to even length
     * @throws CodecFailure when the frame cannot be encoded (e.g. a depth the process does not allow)
     */
    byte[] encode(byte[] samples, FrameFormat format, EncodeOptions options);
}
