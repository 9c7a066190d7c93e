// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.io.AtomicFile;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.json.DicomJsonWriter;
import org.dicomtools.json.JsonWriteOptions;

final class ToJsonCommand implements Command, InputCommand {
    Path file;
    Path output;
    boolean bulkDataUri;
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("The DICOM JSON model (PS3.18 F.2) of a file's data set.");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        spec.option("-o", "--output").label("F").help("Write to F instead of standard output.").path(v -> output = v);
        spec.option("--bulk-data-uri")
                .help("Bulk values as BulkDataURI (file offset and length) instead of inline base64.")
                .flag(() -> bulkDataUri = true);
        spec.option("--json").help("With --output: print {input, output} as JSON instead of a line of text.")
                .flag(() -> json = true);
    }

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
