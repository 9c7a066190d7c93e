// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dicomtools.operations.PixelStats;
import org.dicomtools.stats.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", description = "Pixel statistics with numpy semantics: min max mean median std variance range iqr percentiles zero/unique counts.",
        mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Mixin
    StatsMixin samples;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() {
        Map<String, Statistics> stats = PixelStats.statistics(samples.request(file));
        boolean single = stats.size() == 1;
        if (json) {
            if (single) {
                System.out.println(stats.values().iterator().next().toJson());
            } else {
                StringBuilder sb = new StringBuilder("{");
                stats.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                        .append(v.toJson()));
                System.out.println(sb.append('}'));
            }
        } else {
            stats.forEach((k, v) -> {
                if (!single) {
                    System.out.println("[" + k + "]");
                }
                System.out.print(v.toText());
            });
        }
        return ExitCodes.OK;
    }
}
