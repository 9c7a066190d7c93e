// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.info.InfoSummary;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;

final class InfoCommand implements Command, InputCommand {
    Path file;
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Summary of a file: patient, study, series and image keys.");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        spec.option("--json").help("Print one JSON object instead of text.").flag(() -> json = true);
    }

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws Exception {
        DicomFile f = DicomReader.read(file, ReadOptions.HEADER_ONLY);
        InfoSummary summary = InfoSummary.of(f, Files.size(file));
        Cli.warnings(file, f);
        if (json) {
            Json.writeSections(summary.sections(), System.out);
        } else {
            PrintStream out = System.out;
            for (var section : summary.sections().entrySet()) {
                out.println(capitalize(section.getKey()));
                for (Map.Entry<String, String> kv : section.getValue().entrySet()) {
                    out.printf("  %-28s %s%n", kv.getKey(), kv.getValue());
                }
            }
        }
        return ExitCodes.OK;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
