// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.error;

/** The output cannot be written: no space, no permission, a missing folder. Nothing partial is left behind. */
public final class OutputException extends DicomException {
    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
