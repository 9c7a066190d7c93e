// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/** Resolving transfer syntax names given on the command line. */
final class Syntaxes {
    private Syntaxes() {
    }

    /** A native syntax by name or UID; anything else is an error listing what is available (exit 80). */
    static TransferSyntax nativeSyntax(String name) {
        TransferSyntax ts = TransferSyntaxes.forName(name);
        if (ts == null || !TransferSyntaxes.nativeSyntaxes().contains(ts)) {
            throw refused(name, ts, CodecRegistry.names(TransferSyntaxes.nativeSyntaxes()));
        }
        return ts;
    }

    /** A syntax this build can write, by name or UID; anything else is an error listing them (exit 80). */
    static TransferSyntax writable(String name, CodecRegistry registry) {
        TransferSyntax ts = TransferSyntaxes.forName(name);
        if (ts == null || !registry.canEncode(ts) || ts.isNative() && !TransferSyntaxes.nativeSyntaxes().contains(ts)) {
            throw refused(name, ts, CodecRegistry.names(registry.encodable()));
        }
        return ts;
    }

    private static UnsupportedTransferSyntaxException refused(String name, TransferSyntax ts, String available) {
        String what = ts == null ? "unknown transfer syntax '" + name + "'"
                : ts.name() + " (" + ts.uid() + ") cannot be written by this build";
        return new UnsupportedTransferSyntaxException(ts == null ? name : ts.uid(), ts != null,
                what + "; available: " + available);
    }
}
