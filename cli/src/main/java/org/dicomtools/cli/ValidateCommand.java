// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.validate.Finding;
import org.dicomtools.validate.Severity;
import org.dicomtools.validate.ValidationReport;
import org.dicomtools.validate.Validator;

final class ValidateCommand implements Command, InputCommand {
    Path file;
    boolean json;
    boolean includeInfo;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Conformance findings (errors, warnings); exit 0 only when there are no errors.");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        spec.option("--json").help("Print one JSON object instead of text.").flag(() -> json = true);
        spec.option("--include-info").help("Also list informational findings in text output.")
                .flag(() -> includeInfo = true);
    }

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() throws Exception {
        DicomFile f = DicomReader.read(file, ReadOptions.DEFAULT);
        ValidationReport report = Validator.validate(f);
        if (json) {
            writeJson(report);
        } else {
            System.out.println(file + ": " + (report.isValid() ? "VALID" : "INVALID"));
            print(report.findings(), Severity.ERROR, "ERROR");
            print(report.findings(), Severity.WARNING, "WARNING");
            if (includeInfo) {
                print(report.findings(), Severity.INFO, "INFO");
            }
        }
        return report.isValid() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private static void print(List<Finding> findings, Severity severity, String label) {
        for (Finding fd : findings) {
            if (fd.severity() == severity) {
                System.out.println(label + ": " + text(fd));
            }
        }
    }

    private static String text(Finding f) {
        return f.tagPath().isEmpty() || f.message().startsWith(f.tagPath()) ? f.message()
                : f.tagPath() + ": " + f.message();
    }

    private void writeJson(ValidationReport report) throws IOException {
        try (JsonGenerator gen = Json.generator(System.out)) {
            gen.writeStartObject();
            gen.writeStringField("file", file.toString());
            gen.writeBooleanField("ok", report.isValid());
            for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                gen.writeArrayFieldStart(s == Severity.ERROR ? "errors" : s == Severity.WARNING ? "warnings" : "info");
                for (Finding fd : report.findings()) {
                    if (fd.severity() == s) {
                        gen.writeString(text(fd));
                    }
                }
                gen.writeEndArray();
            }
            gen.writeArrayFieldStart("findings");
            for (Finding fd : report.findings()) {
                gen.writeStartObject();
                gen.writeStringField("severity", fd.severity().name());
                gen.writeStringField("tag_path", fd.tagPath());
                gen.writeStringField("message", fd.message());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
        System.out.flush();
    }
}
