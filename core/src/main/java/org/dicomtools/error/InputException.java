// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.error;

/** The input cannot be read at all: missing, a folder, no permission, an I/O error. */
public final class InputException extends DicomException {
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
