// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.image.ExportOptions;
import org.dicomtools.image.ImageExporter;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.operations.PixelStats;
import org.dicomtools.stats.Histogram;
import org.dicomtools.stats.HistogramPlot;
import org.dicomtools.stats.PlotOptions;
import org.dicomtools.stats.Statistics;

final class HistogramCommand implements Command, InputCommand {
    Path file;
    int bins;
    int frame;
    boolean allFrames;
    boolean modality;
    boolean json;
    Path plot;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Intensity histogram with numpy's binning; --plot draws it as a PNG chart.");
        spec.positional("FILE").help("DICOM file").path(v -> file = v);
        spec.option("--bins").defaultValue("256").help("Number of bins, at least 1 (default ${DEFAULT-VALUE}).")
                .intValue(v -> bins = v);
        spec.option("--frame").defaultValue("0").help("Frame, 0-based (default ${DEFAULT-VALUE}).")
                .intValue(v -> frame = v);
        spec.option("--all-frames").help("Every frame together.").flag(() -> allFrames = true);
        spec.option("--modality").help("Values after Rescale Slope/Intercept.").flag(() -> modality = true);
        spec.option("--json").help("Print one JSON object.").flag(() -> json = true);
        spec.option("--plot").label("PNG").help("Draw the histogram into this PNG file.").path(v -> plot = v);
    }

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() {
        if (bins < 1) {
            throw new UsageException("--bins must be at least 1");
        }
        Histogram h = PixelStats.histogram(new PixelStats.Request(file, frame, allFrames, modality, false), bins);
        if (json) {
            StringBuilder sb = new StringBuilder("{\"counts\": ").append(Arrays.toString(h.counts()))
                    .append(", \"edges\": [");
            for (int i = 0; i < h.edges().length; i++) {
                sb.append(i > 0 ? ", " : "").append(Statistics.format(h.edges()[i]));
            }
            sb.append("], \"min\": ").append(Statistics.format(h.min())).append(", \"max\": ")
                    .append(Statistics.format(h.max())).append(", \"mean\": ").append(Statistics.format(h.mean()))
                    .append(", \"std\": ").append(Statistics.format(h.std())).append('}');
            System.out.println(sb);
        } else {
            System.out.println("bins: " + h.bins() + "  min: " + Statistics.format(h.min()) + "  max: "
                    + Statistics.format(h.max()) + "  mean: " + Statistics.format(h.mean()) + "  std: "
                    + Statistics.format(h.std()));
            for (int i = 0; i < h.bins(); i++) {
                System.out.println("[" + Statistics.format(h.edges()[i]) + ", " + Statistics.format(h.edges()[i + 1])
                        + (i == h.bins() - 1 ? "]" : ")") + " " + h.counts()[i]);
            }
        }
        if (plot != null) {
            ImageExporter.write(HistogramPlot.draw(h, PlotOptions.of(file.getFileName().toString(), modality)),
                    ImageFormat.PNG, plot, ExportOptions.DEFAULT);
            System.err.println("Histogram plot saved to " + plot);
        }
        return ExitCodes.OK;
    }
}
