// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.batch.StatsOperation;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;

final class BatchStatsCommand implements Command, InputCommand {
    final BatchOptions batch = new BatchOptions();
    final StatsMixin samples = new StatsMixin();

    @Override
    public void define(CommandSpec spec) {
        spec.description("Pixel statistics of every DICOM file, into the report's result field. Writes no files.");
        batch.define(spec);
        samples.define(spec);
    }

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        if (batch.report == null) {
            System.err.println("note: the statistics are written to the --report file only, and none was given");
        }
        return BatchExecution.run(batch, new StatsOperation(samples.request(null)));
    }
}
