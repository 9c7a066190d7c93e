// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.error;

/**
 * Every failure the library reports. Callers branch on the subtype, never on the message; the CLI maps each subtype
 * to one exit code of SPEC §11.
 */
public abstract sealed class DicomException extends RuntimeException
        permits NotDicomException, MalformedDicomException, MissingAttributeException,
        UnsupportedTransferSyntaxException, CodecException, InputException, OutputException, InvalidValueException {

    protected DicomException(String message) {
        super(message);
    }

    protected DicomException(String message, Throwable cause) {
        super(message, cause);
    }
}
