// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.batch.StatsOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Pixel statistics of every DICOM file, into the report's result field. Writes no files.")
final class BatchStatsCommand implements Callable<Integer>, InputCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    BatchOptions batch;

    @Mixin
    StatsMixin samples;

    @Override
    public Path input() {
        return batch.dir;
    }

    @Override
    public Integer call() {
        if (batch.report == null) {
            System.err.println("note: the statistics are written to the --report file only, and none was given");
        }
        return BatchExecution.run(spec, batch, new StatsOperation(samples.request(null)));
    }
}
