// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec;

/** A codec could not encode or decode: the message says what and, for streams, at which byte offset. */
public class CodecFailure extends RuntimeException {
    public CodecFailure(String message) {
        super(message);
    }

    public CodecFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
