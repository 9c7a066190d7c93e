// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.batch.ValidateOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate every DICOM file; a file with errors fails (code 22). Writes no files.")
final class BatchValidateCommand implements Callable<Integer>, InputCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        return BatchExecution.run(spec, batch, new ValidateOperation());
    }
}
