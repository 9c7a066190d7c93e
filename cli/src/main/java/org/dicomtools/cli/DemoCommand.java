// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dicomtools.batch.AnonymizeOperation;
import org.dicomtools.batch.BatchOperation;
import org.dicomtools.batch.BatchRequest;
import org.dicomtools.batch.BatchRunner;
import org.dicomtools.batch.BatchSummary;
import org.dicomtools.batch.ConvertOperation;
import org.dicomtools.batch.FileOutcome;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.data.Comparisons;
import org.dicomtools.deident.DeidentifyOptions;
import org.dicomtools.deident.Deidentifier;
import org.dicomtools.dump.DumpFormatter;
import org.dicomtools.dump.DumpOptions;
import org.dicomtools.error.DicomException;
import org.dicomtools.image.ExportOptions;
import org.dicomtools.image.ImageExporter;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.info.InfoSummary;
import org.dicomtools.io.AtomicFile;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.json.DicomJsonWriter;
import org.dicomtools.json.JsonWriteOptions;
import org.dicomtools.modify.Modification;
import org.dicomtools.modify.Modifier;
import org.dicomtools.modify.ModifyOptions;
import org.dicomtools.modify.ModifyResult;
import org.dicomtools.multiframe.FrameSplitter;
import org.dicomtools.multiframe.SplitOptions;
import org.dicomtools.multiframe.SplitResult;
import org.dicomtools.operations.PixelStats;
import org.dicomtools.operations.ToImage;
import org.dicomtools.operations.ToImageRequest;
import org.dicomtools.operations.ToImageResult;
import org.dicomtools.organize.Layout;
import org.dicomtools.organize.OrganizeRequest;
import org.dicomtools.organize.OrganizeSummary;
import org.dicomtools.organize.Organizer;
import org.dicomtools.render.RenderOptions;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.search.Criterion;
import org.dicomtools.search.Search;
import org.dicomtools.search.SearchMatch;
import org.dicomtools.search.SearchRequest;
import org.dicomtools.search.SearchResult;
import org.dicomtools.stats.HistogramPlot;
import org.dicomtools.stats.PlotOptions;
import org.dicomtools.stats.Statistics;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.TranscodeResult;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.dicomtools.validate.ValidationReport;
import org.dicomtools.validate.Validator;

/**
 * The quick-start run: the synthetic study and every operation of this build on it, into one folder, with an
 * {@code index.html} that shows the images and what each step made. A step that fails is reported and the demo goes
 * on; the exit code says whether all steps succeeded.
 */
final class DemoCommand implements Command {
    /** Files of the sample study, tried in turn until one suits a codec (JPEG baseline wants 8 bits, and so on). */
    private static final String[] TRANSCODE_CANDIDATES = {"ct/CT-0001.dcm", "dx/DX-MONO1.dcm", "us/US-RGB.dcm"};
    private static final String[] RENDERED = {"ct/CT-0010.dcm", "mr/MR-ENHANCED.dcm", "us/US-RGB.dcm",
        "us/US-YBR422.dcm", "dx/DX-MONO1.dcm", "dx/DX-SIGMOID.dcm", "pal/PALETTE.dcm", "pal/PALETTE-SEGMENTED.dcm",
        "pm/PARAMETRIC-MAP.dcm"};

    Path out;

    private final PrintStream say = System.out;
    private DemoReport report;
    private Path sample;

    /** One step's work: returns the line to print and the files it made. */
    private interface Work {
        Done run() throws Exception;
    }

    private record Done(String result, List<Path> files) {
    }

    @Override
    public void define(CommandSpec spec) {
        spec.description("Write the sample study, run every operation on it into ./demo-output/ and write "
                + "demo-output/index.html.");
        spec.option("-o", "--output").label("DIR").defaultValue("demo-output")
                .help("Folder for everything the demo makes (default ${DEFAULT-VALUE}).").path(v -> out = v);
    }

    @Override
    public Integer call() {
        report = new DemoReport(out);
        sample = out.resolve("sample");
        step("sample", "dicom-tools sample " + sample, () -> {
            SampleStudy.Result r = SampleStudy.write(sample);
            return new Done(r.files().size() + " files", r.files().stream().map(f -> f.path()).toList());
        });
        if (!Files.isRegularFile(sample.resolve("ct/CT-0001.dcm"))) {
            say.println("demo: the sample study could not be written; nothing else to run");
            return ExitCodes.CANNOT_WRITE;
        }
        Path ct = sample.resolve("ct/CT-0001.dcm");
        step("info", "dicom-tools info --json " + ct, () -> info(ct));
        step("dump", "dicom-tools dump " + ct + "; dicom-tools dump --json " + ct, () -> dump(ct));
        step("validate", "dicom-tools validate FILE (each sample file)", this::validate);
        step("to-image", "dicom-tools to-image FILE -o " + out.resolve("images") + " --explain", this::images);
        step("stats", "dicom-tools stats --modality; dicom-tools histogram --modality --plot", this::stats);
        step("native syntaxes", "dicom-tools transcode " + ct + " -t implicit|explicit|deflated|big-endian",
                () -> nativeSyntaxes(ct));
        step("transcode", "dicom-tools transcode FILE -t TS (every encoder, lossless ones verified)", this::transcode);
        step("anonymize", "dicom-tools batch anonymize " + sample + " -r -o " + out.resolve("anonymized"),
                this::anonymize);
        step("batch convert", "dicom-tools batch convert " + sample + " -r -o " + out.resolve("converted"),
                this::batchConvert);
        step("organize", "dicom-tools organize " + sample + " " + out.resolve("organized") + " -r --by series",
                this::organize);
        step("split-multiframe", "dicom-tools split-multiframe mr/MR-ENHANCED.dcm -o " + out.resolve("split"),
                this::split);
        step("modify", "dicom-tools modify " + ct + " -t PatientName=ROE^RICHARD -t "
                + "'ReferencedStudySequence[0].ReferencedSOPInstanceUID=2.25.42' --delete PatientBirthDate",
                () -> modify(ct));
        step("search", "dicom-tools search " + sample + " -r --modality MR --format csv", this::search);
        step("contract", "echo '{\"op\": \"stats\", ...}' | dicom-tools contract", () -> contract(ct));
        Path index = report.write();
        long failed = report.steps().stream().filter(s -> !s.ok()).count();
        say.println("done: open " + index.toAbsolutePath() + (failed == 0 ? "" : " (" + failed + " step(s) failed)"));
        return failed == 0 ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }

    private void step(String name, String command, Work work) {
        try {
            Done done = work.run();
            report.step(name, command, done.result(), done.files());
            say.printf(Locale.ROOT, "%-17s %s%n", name, done.result().replace("\n", "; "));
        } catch (IOException | RuntimeException e) {
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            report.failed(name, command, problem);
            say.printf(Locale.ROOT, "%-17s FAILED: %s%n", name, problem);
            if (Main.verbose) {
                e.printStackTrace(System.err);
            }
        } catch (Exception e) {
            report.failed(name, command, String.valueOf(e));
            say.printf(Locale.ROOT, "%-17s FAILED: %s%n", name, e);
        }
    }

    private Done info(Path ct) throws IOException {
        DicomFile header = DicomReader.read(ct, ReadOptions.HEADER_ONLY);
        Path info = out.resolve("info.json");
        InfoSummary summary = InfoSummary.of(header, Files.size(ct));
        AtomicFile.write(info, o -> Json.writeSections(summary.sections(), o));
        return new Done(summary.sections().get("patient").get("name") + ", "
                + summary.sections().get("series").get("modality") + ", " + summary.sections().get("image").get("rows")
                + "x" + summary.sections().get("image").get("columns"), List.of(info));
    }

    private Done dump(Path ct) {
        DicomFile full = DicomReader.read(ct);
        Path text = out.resolve("dump.txt");
        String dump = DumpFormatter.dump(full, DumpOptions.DEFAULT);
        AtomicFile.write(text, o -> o.write(dump.getBytes(StandardCharsets.UTF_8)));
        Path json = out.resolve("dump.json");
        AtomicFile.write(json, o -> DicomJsonWriter.write(full.dataSet(), o, new JsonWriteOptions(false, true)));
        return new Done(dump.lines().count() + " lines of dump and the DICOM JSON model", List.of(text, json));
    }

    private Done validate() throws IOException {
        int valid = 0;
        int total = 0;
        StringBuilder findings = new StringBuilder();
        try (var files = Files.walk(sample)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                ValidationReport r = Validator.validate(DicomReader.read(f));
                total++;
                valid += r.isValid() ? 1 : 0;
                findings.append(sample.relativize(f)).append(": ").append(r.isValid() ? "VALID" : "INVALID")
                        .append(", ").append(r.errors().size()).append(" errors, ").append(r.warnings().size())
                        .append(" warnings\n");
            }
        }
        Path validate = out.resolve("validate.txt");
        AtomicFile.write(validate, o -> o.write(findings.toString().getBytes(StandardCharsets.UTF_8)));
        return new Done(valid + "/" + total + " valid", List.of(validate));
    }

    private Done images() {
        Path images = out.resolve("images");
        StringBuilder explain = new StringBuilder();
        List<Path> made = new ArrayList<>();
        for (String f : RENDERED) {
            ToImageResult r = ToImage.run(new ToImageRequest(sample.resolve(f), images, ImageFormat.PNG, 0, false,
                    RenderOptions.defaults(), 95));
            explain.append(r.explanations().get(0).toJson()).append('\n');
            made.add(r.outputs().get(0));
            report.image(f + " (" + r.explanations().get(0).photometric() + ")", r.outputs().get(0));
        }
        Path explainFile = images.resolve("explain.jsonl");
        AtomicFile.write(explainFile, o -> o.write(explain.toString().getBytes(StandardCharsets.UTF_8)));
        made.add(explainFile);
        return new Done(made.size() - 1 + " PNGs, how each was rendered in explain.jsonl", made);
    }

    private Done stats() throws IOException {
        Path images = out.resolve("images");
        Path ct = sample.resolve("ct/CT-0010.dcm");
        PixelStats.Request request = new PixelStats.Request(ct, 0, false, true, false);
        Statistics stats = PixelStats.statistics(request).get("all");
        Path json = images.resolve("CT-0010_stats.json");
        AtomicFile.write(json, o -> o.write(stats.toJson().getBytes(StandardCharsets.UTF_8)));
        Path plot = images.resolve("CT-0010_histogram.png");
        ImageExporter.write(HistogramPlot.draw(PixelStats.histogram(request, 256), PlotOptions.of("CT-0010.dcm",
                true)), ImageFormat.PNG, plot, ExportOptions.DEFAULT);
        report.image("CT-0010 histogram in HU (256 bins)", plot);
        return new Done(String.format(Locale.ROOT, "CT-0010 in HU: mean %.1f, median %.1f, std %.1f", stats.mean(),
                stats.median(), stats.std()), List.of(json, plot));
    }

    private Done nativeSyntaxes(Path ct) {
        DicomFile full = DicomReader.read(ct);
        List<Path> made = new ArrayList<>();
        StringBuilder result = new StringBuilder();
        for (TransferSyntax ts : TransferSyntaxes.nativeSyntaxes()) {
            Path target = out.resolve("syntaxes").resolve("CT-0001_" + ts.shortName() + ".dcm");
            DicomWriter.write(target, full, ts, WriteOptions.DEFAULT);
            int asUn = Comparisons.privateElementsReadAsUn(full.dataSet(), DicomReader.read(target).dataSet());
            result.append(result.length() == 0 ? "" : "\n").append(ts.shortName()).append(": ")
                    .append(asUn < 0 ? "DIFFERS" : asUn == 0 ? "reads back identical"
                            : "identical but for " + asUn + " private elements read as UN (implicit VR has no VR for them)");
            made.add(target);
            if (asUn < 0) {
                throw new IllegalStateException(ts.shortName() + " does not read back as written");
            }
        }
        return new Done(result.toString(), made);
    }

    /** Every syntax this build encodes, each on the first sample file it suits, lossless output verified. */
    private Done transcode() {
        CodecRegistry codecs = CodecRegistry.standard();
        List<Path> made = new ArrayList<>();
        StringBuilder result = new StringBuilder();
        int done = 0;
        for (TransferSyntax ts : codecs.encodable()) {
            if (!ts.encapsulated()) {
                continue;
            }
            String outcome = null;
            for (String candidate : TRANSCODE_CANDIDATES) {
                Path in = sample.resolve(candidate);
                String stem = in.getFileName().toString().replace(".dcm", "");
                Path target = out.resolve("transcoded").resolve(stem + "_" + ts.shortName() + ".dcm");
                try {
                    TranscodeResult r = Transcoder.standard().transcode(in, target, TranscodeOptions.to(ts));
                    outcome = String.format(Locale.ROOT, "%s: %s, %.2f:1, %s", ts.shortName(), candidate,
                            r.compressionRatio(), r.lossy() ? "lossy" : r.verified() ? "verified lossless"
                                    : "lossless, not verified");
                    made.add(target);
                    done++;
                    break;
                } catch (DicomException e) {
                    outcome = ts.shortName() + ": not applicable to the sample (" + e.getMessage() + ")";
                }
            }
            result.append(result.length() == 0 ? "" : "\n").append(outcome);
        }
        return new Done(done + " syntaxes written\n" + result, made);
    }

    private Done anonymize() {
        Path anon = out.resolve("anonymized");
        return batch(new AnonymizeOperation(new Deidentifier(DeidentifyOptions.DEFAULT)), anon,
                " (PS3.15 basic profile, dates shifted)");
    }

    private Done batchConvert() {
        return batch(new ConvertOperation(new ToImageRequest(null, null, ImageFormat.PNG, 0, false,
                RenderOptions.defaults(), 95)), out.resolve("converted"), " as PNG, tree mirrored");
    }

    private Done batch(BatchOperation operation, Path target, String note) {
        List<Path> made = new ArrayList<>();
        BatchSummary s = new BatchRunner(new BatchRequest(operation, sample, target, true,
                Runtime.getRuntime().availableProcessors(), false)).run((o, soFar) -> {
                    if (o.status() == FileOutcome.Status.OK && o.output() != null) {
                        made.add(target.resolve(o.output()));
                    }
                });
        made.sort(null);
        if (s.counts().failed() > 0) {
            throw new IllegalStateException(s.counts().failed() + " of " + s.counts().dicom() + " files failed");
        }
        return new Done(String.format(Locale.ROOT, "%d files%s, %.0f files/s", s.counts().succeeded(), note,
                s.counts().filesPerSecond()), made);
    }

    private Done organize() {
        Path target = out.resolve("organized");
        List<Path> made = new ArrayList<>();
        OrganizeSummary s = Organizer.run(OrganizeRequest.of(sample, target).withRecursive(true)
                .withTemplate(Layout.SERIES.template()), p -> {
                    if (p.destination() != null) {
                        made.add(p.destination());
                    }
                });
        made.sort(null);
        return new Done(s.placed() + " files into patient/date/series folders, " + s.duplicates()
                + " duplicates (a re-run of the demo finds every file already there)", made);
    }

    private Done split() {
        SplitResult r = FrameSplitter.standard().split(sample.resolve("mr/MR-ENHANCED.dcm"),
                new SplitOptions(out.resolve("split"), null, null));
        return new Done(r.frames() + " single-frame instances from the enhanced MR",
                r.outputs().stream().map(f -> f.path()).toList());
    }

    private Done modify(Path ct) {
        Path target = out.resolve("modified").resolve("CT-0001_modified.dcm");
        ModifyResult r = Modifier.modify(ct, target, List.of(Modification.delete("PatientBirthDate"),
                Modification.set("PatientName", "ROE^RICHARD"),
                Modification.set("ReferencedStudySequence[0].ReferencedSOPInstanceUID", "2.25.42")),
                ModifyOptions.DEFAULT);
        return new Done(r.changes().size() + " changes (a name set, a sequence item's UID set, a date deleted)",
                List.of(target));
    }

    private Done search() {
        SearchResult r = Search.run(new SearchRequest(sample, true, List.of(Criterion.parse("Modality=MR"))));
        StringBuilder csv = new StringBuilder("file,Modality,SeriesNumber\n");
        for (SearchMatch m : r.matches()) {
            csv.append(m.file()).append(',').append(m.values().getOrDefault("Modality", "")).append('\n');
        }
        Path file = out.resolve("search.txt");
        AtomicFile.write(file, o -> o.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
        return new Done(r.matches().size() + " of " + r.scanned() + " files have Modality MR", List.of(file));
    }

    private Done contract(Path ct) throws Exception {
        String request = "{\"op\": \"stats\", \"input\": \"" + ct.toAbsolutePath().toString().replace("\\", "\\\\")
                + "\", \"options\": {\"modality\": true}}\n";
        Path requestFile = out.resolve("contract-request.json");
        AtomicFile.write(requestFile, o -> o.write(request.getBytes(StandardCharsets.UTF_8)));
        ContractResponse response = ContractCommand.run(ContractRequest.parse(
                new java.io.ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8))));
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (var gen = Json.generator(buf)) {
            Json.writeValue(gen, response.asMap());
        }
        Path responseFile = out.resolve("contract-response.json");
        AtomicFile.write(responseFile, o -> o.write(buf.toByteArray()));
        if (!response.ok()) {
            throw new IllegalStateException("contract answered " + response.returncode() + ": " + response.stderr());
        }
        return new Done("stats request answered ok, metadata holds the statistics", List.of(requestFile,
                responseFile));
    }
}
