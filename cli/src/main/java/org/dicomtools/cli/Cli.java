// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.ReadWarning;

/** Small shared pieces of command rendering. */
final class Cli {
    private Cli() {
    }

    /** Read repairs: a count on stderr, each one with --verbose. */
    static void warnings(Path file, DicomFile f) {
        if (f.warnings().isEmpty()) {
            return;
        }
        if (Main.verbose) {
            for (ReadWarning w : f.warnings()) {
                System.err.println(file.getFileName() + ": warning: " + w);
            }
        } else {
            System.err.println(file.getFileName() + ": warning: " + f.warnings().get(0)
                    + (f.warnings().size() > 1 ? " (and " + (f.warnings().size() - 1) + " more; --verbose lists them)" : ""));
        }
    }

    /** {@code <dir>/<stem><suffix>}: the seed's default output naming beside the input. */
    static Path sibling(Path input, String suffix) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path parent = input.toAbsolutePath().getParent();
        return parent.resolve(stem + suffix);
    }
}
