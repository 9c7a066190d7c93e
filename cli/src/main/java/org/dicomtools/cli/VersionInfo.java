// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import picocli.CommandLine;

/** {@code --version}: the program version and what this build can decode and encode. */
final class VersionInfo implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        lines.add("dicom-tools " + (v == null ? "development build" : v) + " (Java " + Runtime.version() + ")");
        lines.add("Transfer syntaxes read and written (data set and native pixel data):");
        for (TransferSyntax ts : TransferSyntaxes.nativeSyntaxes()) {
            lines.add(String.format("  %-12s %-22s %s", ts.shortName(), ts.uid(), ts.name()));
        }
        lines.add("Encapsulated syntaxes: read and written with pixel data kept as is; no image codec in this build.");
        return lines.toArray(new String[0]);
    }
}
