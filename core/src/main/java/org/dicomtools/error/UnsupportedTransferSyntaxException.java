// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.error;

/** A transfer syntax that is unknown, or known but without a decoder or encoder in this build. */
public final class UnsupportedTransferSyntaxException extends DicomException {
    private final String uid;
    private final boolean known;

    public UnsupportedTransferSyntaxException(String uid, boolean known, String message) {
        super(message);
        this.uid = uid;
        this.known = known;
    }

    public String uid() {
        return uid;
    }

    /** Whether the UID is a transfer syntax of the standard (known, no codec) rather than an unknown UID. */
    public boolean known() {
        return known;
    }
}
