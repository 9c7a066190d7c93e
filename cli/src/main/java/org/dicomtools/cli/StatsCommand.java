// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.Map;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.operations.PixelStats;
import org.dicomtools.stats.Statistics;

final class StatsCommand implements Command, InputCommand {
    Path file;
    final StatsMixin samples = new StatsMixin();
    boolean json;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Pixel statistics with numpy semantics: min max mean median std variance range iqr "
                + "percentiles zero/unique counts.");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        samples.define(spec);
        spec.option("--json").help("Print one JSON object.").flag(() -> json = true);
    }

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
