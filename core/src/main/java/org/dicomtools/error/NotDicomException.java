// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.error;

/** The input is not DICOM at all: empty, another format, or bytes that form no data element. */
public final class NotDicomException extends DicomException {
    public NotDicomException(String message) {
        super(message);
    }
}
