// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.dicomtools.image.ExportOptions;
import org.dicomtools.image.ImageExporter;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.operations.PixelStats;
import org.dicomtools.stats.Histogram;
import org.dicomtools.stats.HistogramPlot;
import org.dicomtools.stats.PlotOptions;
import org.dicomtools.stats.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "histogram", description = "Intensity histogram with numpy's binning; --plot draws it as a PNG chart.",
        mixinStandardHelpOptions = true)
final class HistogramCommand implements Callable<Integer>, InputCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "DICOM file")
    Path file;

    @Option(names = "--bins", defaultValue = "256", description = "Number of bins, at least 1 (default ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--frame", defaultValue = "0", description = "Frame, 0-based (default ${DEFAULT-VALUE}).")
    int frame;

    @Option(names = "--all-frames", description = "Every frame together.")
    boolean allFrames;

    @Option(names = "--modality", description = "Values after Rescale Slope/Intercept.")
    boolean modality;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--plot", paramLabel = "PNG", description = "Draw the histogram into this PNG file.")
    Path plot;

    @Override
    public Path input() {
        return file;
    }

    @Override
    public Integer call() {
        if (bins < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--bins must be at least 1");
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
