// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.data.DataSet;
import org.dicomtools.error.InputException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.json.DicomJsonReader;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

final class FromJsonCommand implements Command, InputCommand {
    Path file;
    Path output;
    String syntax;
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Write a DICOM file from the DICOM JSON model (PS3.18 F.2).");
        spec.positional("FILE").help("JSON file (DICOM JSON model)").path(v -> file = v);
        spec.option("-o", "--output").label("F").required().help("DICOM file to write.").path(v -> output = v);
        spec.option("--transfer-syntax", "--syntax").label("TS").defaultValue("explicit")
                .help("Native transfer syntax of the output: implicit, explicit, big-endian, deflated or a UID "
                        + "(default ${DEFAULT-VALUE}).")
                .string(v -> syntax = v);
        spec.option("--json").help("Print one JSON object instead of text.").flag(() -> json = true);
    }

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
