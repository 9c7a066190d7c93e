// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.batch.AnonymizeOperation;
import org.dicomtools.deident.Deidentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "anonymize", mixinStandardHelpOptions = true,
        description = "De-identify every DICOM file as anonymize does, with one set of pseudonyms for the whole run.")
final class BatchAnonymizeCommand implements Callable<Integer>, InputCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    @Mixin
    AnonymizeMixin anonymize;

    /** anonymize's own --report; here --report is the batch report. */
    @Option(names = "--anonymize-report", paramLabel = "F",
            description = "Also write every action on every element (JSON lines, no values), as anonymize --report does.")
    Path actions;

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() throws IOException {
        Deidentifier deidentifier = anonymize.deidentifier();
        AnonymizeOutput sink = new AnonymizeOutput(actions);
        int code = BatchExecution.run(spec, batch, new AnonymizeOperation(deidentifier),
                request -> sink.listener(request.input(), request.output(), false));
        sink.close();
        anonymize.writeMapping(deidentifier);
        return code;
    }
}
