// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dicomtools.batch.AnonymizeOperation;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.deident.Deidentifier;

final class BatchAnonymizeCommand implements Command, InputCommand {
    final BatchOptions batch = new BatchOptions();
    final AnonymizeMixin anonymize = new AnonymizeMixin();

    /** anonymize's own --report; here --report is the batch report. */
    Path actions;

    @Override
    public void define(CommandSpec spec) {
        spec.description("De-identify every DICOM file as anonymize does, with one set of pseudonyms for the whole "
                + "run.");
        batch.define(spec);
        anonymize.define(spec);
        spec.option("--anonymize-report").label("F")
                .help("Also write every action on every element (JSON lines, no values), as anonymize --report does.")
                .path(v -> actions = v);
    }

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() throws IOException {
        Deidentifier deidentifier = anonymize.deidentifier();
        AnonymizeOutput sink = new AnonymizeOutput(actions);
        int code = BatchExecution.run(batch, new AnonymizeOperation(deidentifier),
                request -> sink.listener(request.input(), request.output(), false));
        sink.close();
        anonymize.writeMapping(deidentifier);
        return code;
    }
}
