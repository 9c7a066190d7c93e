// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.sample.CtSeries;
import org.dicomtools.sample.SampleStudy;

final class SampleCommand implements Command {
    Path dir;
    int ctSlices;
    int ctSize;
    boolean ctOnly;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Write the synthetic test study (CT series, enhanced MR, US, DX, palette).");
        spec.positional("DIR").help("Folder to write into (created if needed)").path(v -> dir = v);
        spec.option("--ct-slices").label("N").defaultValue(Integer.toString(CtSeries.DEFAULT_SLICES))
                .help("Slices in the CT series (default ${DEFAULT-VALUE}).")
                .intValue(v -> ctSlices = v);
        spec.option("--ct-size").label("N").defaultValue(Integer.toString(CtSeries.DEFAULT_SIZE))
                .help("Rows and columns of each CT slice, 8 to 2048 (default ${DEFAULT-VALUE}; 512 is full size).")
                .intValue(v -> ctSize = v);
        spec.option("--ct-only").help("Write the CT series alone (e.g. a stand-in for a real series).")
                .flag(() -> ctOnly = true);
    }

    @Override
    public Integer call() {
        // Checked here so that a bad number is a usage error (1), not a failure half-way through writing.
        if (ctSlices < 1) {
            throw new UsageException("--ct-slices must be at least 1");
        }
        if (ctSize < 8 || ctSize > 2048) {
            throw new UsageException("--ct-size must be from 8 to 2048");
        }
        SampleStudy.Result result = ctOnly ? SampleStudy.writeCtSeries(dir, ctSlices, ctSize)
                : SampleStudy.write(dir, ctSlices, ctSize);
        for (var f : result.files()) {
            System.out.printf("%-40s %s%n", dir.relativize(f.path()), f.description());
        }
        System.out.println(result.files().size() + " files written to " + dir);
        return ExitCodes.OK;
    }
}
