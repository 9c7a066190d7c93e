// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * Thrown by our decoder while it reads the headers, before any decoding, for a codestream feature it does not
 * implement (POC, PPM, PPT, RGN, ...): the caller then hands the stream to the library. Never thrown for a corrupt
 * stream, which is a {@link org.dicomtools.codec.CodecFailure}.
 */
final class J2kUnsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    J2kUnsupported(String message) {
        super(message, null, false, false);
    }
}
