// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dicomtools.sample.SampleStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "sample", description = "Write the synthetic test study (CT series, enhanced MR, US, DX, palette).",
        mixinStandardHelpOptions = true)
final class SampleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write into (created if needed)")
    Path dir;

    @Override
    public Integer call() {
        SampleStudy.Result result = SampleStudy.write(dir);
        for (var f : result.files()) {
            System.out.printf("%-40s %s%n", dir.relativize(f.path()), f.description());
        }
        System.out.println(result.files().size() + " files written to " + dir);
        return ExitCodes.OK;
    }
}
