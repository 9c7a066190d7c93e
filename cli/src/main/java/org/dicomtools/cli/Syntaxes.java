// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.util.stream.Collectors;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
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
            String known = TransferSyntaxes.nativeSyntaxes().stream().map(TransferSyntax::shortName)
                    .collect(Collectors.joining(", "));
            throw new UnsupportedTransferSyntaxException(name, ts != null,
                    (ts == null ? "unknown transfer syntax '" + name + "'" : ts.name() + " cannot be written here")
                            + "; available: " + known);
        }
        return ts;
    }
}
