// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.error;

/** An attribute is present but its value cannot be used (wrong VR, unparsable number, out of range). */
public final class InvalidValueException extends DicomException {
    public InvalidValueException(String message) {
        super(message);
    }
}
