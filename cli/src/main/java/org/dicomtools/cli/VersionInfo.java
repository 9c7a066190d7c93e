// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;

/** {@code --version}: the program version and what this build can decode and encode. */
final class VersionInfo {
    private VersionInfo() {
    }

    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        lines.add("dicom-tools " + (v == null ? "development build" : v) + " (Java " + Runtime.version() + ")");
        CodecRegistry codecs = CodecRegistry.standard();
        lines.add("Transfer syntaxes (decode / encode of pixel data, all pure Java):");
        for (TransferSyntax ts : codecs.decodable()) {
            lines.add(String.format("  %-20s %-24s %-7s %s", ts.aliases().isEmpty() ? "-" : ts.shortName(), ts.uid(),
                    codecs.canEncode(ts) ? "dec+enc" : "dec", ts.name()));
        }
        for (TransferSyntax ts : codecs.encodable()) {
            if (!codecs.canDecode(ts)) {
                lines.add(String.format("  %-20s %-24s %-7s %s", ts.aliases().isEmpty() ? "-" : ts.shortName(), ts.uid(),
                        "enc", ts.name()));
            }
        }
        lines.add("Other encapsulated syntaxes are read and written with their pixel data kept as it is.");
        return lines;
    }
}
