// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.batch.ListOperation;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;

final class BatchListCommand implements Command, InputCommand {
    final BatchOptions batch = new BatchOptions();

    @Override
    public void define(CommandSpec spec) {
        spec.description("One line per DICOM file, from its header: path, size, modality, SOP class, transfer "
                + "syntax, rows x columns x frames (tab-separated). Writes no files.");
        batch.define(spec);
    }

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        return BatchExecution.run(batch, new ListOperation());
    }
}
