// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dicomtools.info.InfoSummary;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "info", description = "Summary of a file: patient, study, series and image keys.",
        mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

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
