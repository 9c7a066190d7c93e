// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.sample.CtSeries;
import org.dicomtools.sample.SampleStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sample", description = "Write the synthetic test study (CT series, enhanced MR, US, DX, palette).",
        mixinStandardHelpOptions = true)
final class SampleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write into (created if needed)")
    Path dir;

    @Option(names = "--ct-slices", paramLabel = "N",
            description = "Slices in the CT series (default ${DEFAULT-VALUE}).")
    int ctSlices = CtSeries.DEFAULT_SLICES;

    @Option(names = "--ct-size", paramLabel = "N",
            description = "Rows and columns of each CT slice, 8 to 2048 (default ${DEFAULT-VALUE}; 512 is full size).")
    int ctSize = CtSeries.DEFAULT_SIZE;

    @Option(names = "--ct-only", description = "Write the CT series alone (e.g. a stand-in for a real series).")
    boolean ctOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Checked here so that a bad number is a usage error (1), not a failure half-way through writing.
        if (ctSlices < 1) {
            throw new ParameterException(spec.commandLine(), "--ct-slices must be at least 1");
        }
        if (ctSize < 8 || ctSize > 2048) {
            throw new ParameterException(spec.commandLine(), "--ct-size must be from 8 to 2048");
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
