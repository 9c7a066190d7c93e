// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dicomtools.batch.AnonymizeOperation;
import org.dicomtools.batch.BatchRequest;
import org.dicomtools.batch.BatchRunner;
import org.dicomtools.batch.BatchSummary;
import org.dicomtools.data.Comparisons;
import org.dicomtools.deident.DeidentifyOptions;
import org.dicomtools.deident.Deidentifier;
import org.dicomtools.dump.DumpFormatter;
import org.dicomtools.image.ExportOptions;
import org.dicomtools.image.ImageExporter;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.operations.PixelStats;
import org.dicomtools.operations.ToImage;
import org.dicomtools.operations.ToImageRequest;
import org.dicomtools.operations.ToImageResult;
import org.dicomtools.render.RenderOptions;
import org.dicomtools.stats.HistogramPlot;
import org.dicomtools.stats.PlotOptions;
import org.dicomtools.stats.Statistics;
import org.dicomtools.dump.DumpOptions;
import org.dicomtools.info.InfoSummary;
import org.dicomtools.io.AtomicFile;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.json.DicomJsonWriter;
import org.dicomtools.json.JsonWriteOptions;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.TranscodeResult;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.dicomtools.validate.ValidationReport;
import org.dicomtools.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The quick-start run: the synthetic study and every operation of this build on it, into one folder. */
@Command(name = "demo", description = "Write the sample study and run the main operations on it into ./demo-output/.",
        mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "demo-output",
            description = "Folder for everything the demo makes (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintStream say = System.out;
        SampleStudy.Result sample = SampleStudy.write(out.resolve("sample"));
        say.println("sample     " + sample.files().size() + " files in " + out.resolve("sample"));
        Path ct = sample.files().get(0).path();

        DicomFile header = DicomReader.read(ct, ReadOptions.HEADER_ONLY);
        Path info = out.resolve("info.json");
        AtomicFile.write(info, o -> Json.writeSections(InfoSummary.of(header, Files.size(ct)).sections(), o));
        say.println("info       " + info);

        DicomFile full = DicomReader.read(ct);
        Path dumpText = out.resolve("dump.txt");
        AtomicFile.write(dumpText, o -> o.write(DumpFormatter.dump(full, DumpOptions.DEFAULT)
                .getBytes(StandardCharsets.UTF_8)));
        Path dumpJson = out.resolve("dump.json");
        AtomicFile.write(dumpJson, o -> DicomJsonWriter.write(full.dataSet(), o, new JsonWriteOptions(false, true)));
        say.println("dump       " + dumpText + ", " + dumpJson);

        int valid = 0;
        StringBuilder findings = new StringBuilder();
        for (var f : sample.files()) {
            ValidationReport r = Validator.validate(DicomReader.read(f.path()));
            valid += r.isValid() ? 1 : 0;
            findings.append(out.resolve("sample").relativize(f.path())).append(": ")
                    .append(r.isValid() ? "VALID" : "INVALID").append(", ").append(r.errors().size())
                    .append(" errors, ").append(r.warnings().size()).append(" warnings\n");
        }
        Path validate = out.resolve("validate.txt");
        AtomicFile.write(validate, o -> o.write(findings.toString().getBytes(StandardCharsets.UTF_8)));
        say.println("validate   " + valid + "/" + sample.files().size() + " valid, " + validate);

        for (TransferSyntax ts : TransferSyntaxes.nativeSyntaxes()) {
            Path target = out.resolve("syntaxes").resolve("CT-0001_" + ts.shortName() + ".dcm");
            DicomWriter.write(target, full, ts, WriteOptions.DEFAULT);
            int asUn = Comparisons.privateElementsReadAsUn(full.dataSet(), DicomReader.read(target).dataSet());
            say.println("write      " + target + (asUn < 0 ? "  (DIFFERS)" : asUn == 0 ? "  (reads back identical)"
                    : "  (reads back identical but for " + asUn + " private elements read as UN: implicit VR has no VR for them)"));
        }
        transcode(say, "ct/CT-0001.dcm", "rle", "jpeg-lossless");
        transcode(say, "mr/MR-ENHANCED.dcm", "jpeg-lossless-nh14");
        transcode(say, "us/US-RGB.dcm", "jpeg-baseline");
        images(say);
        Path anon = out.resolve("anonymized");
        BatchSummary s = new BatchRunner(new BatchRequest(new AnonymizeOperation(new Deidentifier(
                DeidentifyOptions.DEFAULT)), out.resolve("sample"), anon, true, Runtime.getRuntime()
                .availableProcessors(), false)).run((o, soFar) -> { });
        say.println("anonymize  " + s.counts().succeeded() + " files to " + anon
                + " (PS3.15 basic profile, dates shifted)");
        say.println("done: see " + out.toAbsolutePath());
        return ExitCodes.OK;
    }

    /** A windowed PNG per series, how each was rendered, statistics and a histogram plot of the CT. */
    private void images(PrintStream say) throws java.io.IOException {
        Path images = out.resolve("images");
        StringBuilder explain = new StringBuilder();
        for (String f : new String[] {"ct/CT-0010.dcm", "mr/MR-ENHANCED.dcm", "us/US-RGB.dcm", "us/US-YBR422.dcm",
            "dx/DX-MONO1.dcm", "dx/DX-SIGMOID.dcm", "pal/PALETTE.dcm", "pal/PALETTE-SEGMENTED.dcm",
            "pm/PARAMETRIC-MAP.dcm"}) {
            ToImageResult r = ToImage.run(new ToImageRequest(out.resolve("sample").resolve(f), images,
                    ImageFormat.PNG, 0, false, RenderOptions.defaults(), 95));
            explain.append(r.explanations().get(0).toJson()).append('\n');
        }
        AtomicFile.write(images.resolve("explain.jsonl"), o -> o.write(explain.toString()
                .getBytes(StandardCharsets.UTF_8)));
        say.println("to-image   9 PNGs in " + images + ", pipeline of each in explain.jsonl");
        Path ct = out.resolve("sample/ct/CT-0010.dcm");
        PixelStats.Request request = new PixelStats.Request(ct, 0, false, true, false);
        Statistics stats = PixelStats.statistics(request).get("all");
        AtomicFile.write(images.resolve("CT-0010_stats.json"), o -> o.write(stats.toJson()
                .getBytes(StandardCharsets.UTF_8)));
        ImageExporter.write(HistogramPlot.draw(PixelStats.histogram(request, 256), PlotOptions.of("CT-0010.dcm",
                true)), ImageFormat.PNG, images.resolve("CT-0010_histogram.png"), ExportOptions.DEFAULT);
        say.printf(Locale.ROOT, "stats      CT-0010 in HU: mean %.1f, median %.1f -> CT-0010_stats.json, "
                + "CT-0010_histogram.png%n", stats.mean(), stats.median());
    }

    private void transcode(PrintStream say, String file, String... syntaxes) {
        Path in = out.resolve("sample").resolve(file);
        for (String name : syntaxes) {
            TransferSyntax ts = TransferSyntaxes.forName(name);
            String stem = in.getFileName().toString().replace(".dcm", "");
            Path target = out.resolve("transcoded").resolve(stem + "_" + name + ".dcm");
            TranscodeResult r = Transcoder.standard().transcode(in, target, TranscodeOptions.to(ts));
            say.printf(Locale.ROOT, "transcode  %s  (%d frame(s), %.2f:1, %s)%n", target, r.frames(),
                    r.compressionRatio(), r.lossy() ? "lossy" : "verified lossless");
        }
    }
}
