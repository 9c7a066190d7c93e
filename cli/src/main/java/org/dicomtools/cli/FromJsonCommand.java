// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dicomtools.data.DataSet;
import org.dicomtools.error.InputException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.json.DicomJsonReader;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "from-json", description = "Write a DICOM file from the DICOM JSON model (PS3.18 F.2).",
        mixinStandardHelpOptions = true)
final class FromJsonCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "JSON file (DICOM JSON model)")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "F", required = true, description = "DICOM file to write.")
    Path output;

    @Option(names = {"--transfer-syntax", "--syntax"}, paramLabel = "TS", defaultValue = "explicit",
            description = "Native transfer syntax of the output: implicit, explicit, big-endian, deflated or a UID (default ${DEFAULT-VALUE}).")
    String syntax;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws Exception {
        TransferSyntax ts = Syntaxes.nativeSyntax(syntax);
        DataSet ds;
        try (InputStream in = Files.newInputStream(file)) {
            ds = DicomJsonReader.read(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException("no such file", e);
        }
        DicomWriter.write(output, DicomFile.of(FileMeta.create(null, ds, ts), ds, ts), ts, WriteOptions.DEFAULT);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("input", file.toString());
            doc.put("output", output.toString());
            doc.put("transfer_syntax", ts.uid());
            Json.print(doc);
        } else {
            System.out.println("DICOM saved to " + output);
        }
        return ExitCodes.OK;
    }
}
