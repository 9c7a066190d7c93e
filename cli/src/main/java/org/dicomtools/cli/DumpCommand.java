// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.dump.DumpFormatter;
import org.dicomtools.dump.DumpOptions;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.json.DicomJsonWriter;
import org.dicomtools.json.JsonWriteOptions;

final class DumpCommand implements Command, InputCommand {
    Path file;
    int maxDepth;
    int maxValueLen;
    boolean json;
    boolean bulkDataUri;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Every element, nested sequences indented (text like dcmdump, or DICOM JSON).");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        spec.option("--max-depth", "--depth").defaultValue("4")
                .help("Sequence levels shown (default ${DEFAULT-VALUE}).").intValue(v -> maxDepth = v);
        spec.option("--max-value-len").defaultValue("64")
                .help("Characters of a value shown (default ${DEFAULT-VALUE}).").intValue(v -> maxValueLen = v);
        spec.option("--json").help("Print the DICOM JSON model (PS3.18 F.2) of the data set.").flag(() -> json = true);
        spec.option("--bulk-data-uri")
                .help("With --json: bulk values as BulkDataURI (file offset and length) instead of inline base64.")
                .flag(() -> bulkDataUri = true);
    }

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws Exception {
        DicomFile f = DicomReader.read(file, ReadOptions.DEFAULT);
        Cli.warnings(file, f);
        if (json) {
            DicomJsonWriter.write(f.dataSet(), System.out, new JsonWriteOptions(bulkDataUri, true));
            System.out.println();
            System.out.flush();
            return ExitCodes.OK;
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        DumpFormatter.dump(f, new DumpOptions(maxDepth, maxValueLen, true), w);
        w.flush();
        return ExitCodes.OK;
    }
}
