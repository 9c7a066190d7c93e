// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.batch.ValidateOperation;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;

final class BatchValidateCommand implements Command, InputCommand {
    final BatchOptions batch = new BatchOptions();

    @Override
    public void define(CommandSpec spec) {
        spec.description("Validate every DICOM file; a file with errors fails (code 22). Writes no files.");
        batch.define(spec);
    }

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        return BatchExecution.run(batch, new ValidateOperation());
    }
}
