// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.error;

/** A codec failed to decode or encode a frame, or a lossless result did not verify. */
public final class CodecException extends DicomException {
    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
