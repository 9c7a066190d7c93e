// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.dump.DumpFormatter;
import org.dicomtools.dump.DumpOptions;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.json.DicomJsonWriter;
import org.dicomtools.json.JsonWriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dump", description = "Every element, nested sequences indented (text like dcmdump, or DICOM JSON).",
        mixinStandardHelpOptions = true)
final class DumpCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(names = {"--max-depth", "--depth"}, defaultValue = "4", description = "Sequence levels shown (default ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--max-value-len", defaultValue = "64", description = "Characters of a value shown (default ${DEFAULT-VALUE}).")
    int maxValueLen;

    @Option(names = "--json", description = "Print the DICOM JSON model (PS3.18 F.2) of the data set.")
    boolean json;

    @Option(names = "--bulk-data-uri", description = "With --json: bulk values as BulkDataURI (file offset and length) instead of inline base64.")
    boolean bulkDataUri;

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
