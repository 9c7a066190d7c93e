// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.io.AtomicFile;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.json.DicomJsonWriter;
import org.dicomtools.json.JsonWriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "to-json", description = "The DICOM JSON model (PS3.18 F.2) of a file's data set.",
        mixinStandardHelpOptions = true)
final class ToJsonCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "F", description = "Write to F instead of standard output.")
    Path output;

    @Option(names = "--bulk-data-uri", description = "Bulk values as BulkDataURI (file offset and length) instead of inline base64.")
    boolean bulkDataUri;

    @Option(names = "--json", description = "With --output: print {input, output} as JSON instead of a line of text.")
    boolean json;

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws Exception {
        DicomFile f = DicomReader.read(file, ReadOptions.DEFAULT);
        Cli.warnings(file, f);
        JsonWriteOptions options = new JsonWriteOptions(bulkDataUri, true);
        if (output == null) {
            DicomJsonWriter.write(f.dataSet(), System.out, options);
            System.out.println();
            System.out.flush();
        } else {
            AtomicFile.write(output, out -> DicomJsonWriter.write(f.dataSet(), out, options));
            if (json) {
                Json.print(new java.util.TreeMap<>(java.util.Map.of("input", file.toString(), "output", output.toString())));
            } else {
                System.out.println("JSON saved to " + output);
            }
        }
        return ExitCodes.OK;
    }
}
