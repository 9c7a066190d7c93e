// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dicomtools.batch.BatchListener;
import org.dicomtools.batch.BatchOperation;
import org.dicomtools.batch.BatchProgress;
import org.dicomtools.batch.BatchRequest;
import org.dicomtools.batch.BatchRunner;
import org.dicomtools.batch.BatchSummary;
import org.dicomtools.cli.args.UsageException;
import org.dicomtools.error.InputException;
import org.dicomtools.error.OutputException;

/**
 * Running a batch from the command line: checks the options, runs {@link BatchRunner} with the report and the
 * console output attached, stops cleanly on Ctrl-C (the workers finish their files, the report stays
 * {@code F.partial}), prints the summary and picks the exit code (SPEC §8, §11).
 */
final class BatchExecution {
    /** How long Ctrl-C waits for the files in progress before the JVM goes down anyway. */
    private static final long INTERRUPT_GRACE_SECONDS = 30;

    private BatchExecution() {
    }

    /** {@code batch OP DIR ...}: the whole run; returns the exit code. */
    static int run(BatchOptions o, BatchOperation op) {
        return run(o, op, request -> null);
    }

    /** The same with another listener, made once the request (and so the output folder) is known. */
    static int run(BatchOptions o, BatchOperation op, Function<BatchRequest, BatchListener> also) {
        boolean progress = o.showProgress();
        BatchRequest request = request(o, op);
        BatchSummary s = execute(request, o.report, progress, op.name().equals("list") && !o.json,
                also.apply(request));
        if (o.json) {
            printJson(s, o.report);
        } else {
            System.out.println(summaryLine(s));
        }
        return conclude(s);
    }

    /**
     * The exit code, with the one stderr line SPEC §11 asks for when the folder held no DICOM at all (the summary
     * alone would leave a script guessing why it got 21).
     */
    static int conclude(BatchSummary s) {
        int code = exitCode(s);
        if (code == ExitCodes.NO_INPUT) {
            BatchProgress c = s.counts();
            System.err.println(s.input() + ": no DICOM files found" + (c.skipped() > 0 ? " (" + c.skipped()
                    + " other files skipped; --verbose lists them)" : ""));
        }
        return code;
    }

    /** The request for the options, refusing what cannot work before anything is written. */
    static BatchRequest request(BatchOptions o, BatchOperation op) {
        Path output = o.output;
        if (!op.writes() && output != null) {
            throw usage(op.name() + " writes no files: --output does not apply");
        }
        if (!op.writes() && o.resume) {
            throw usage(op.name() + " writes no files: --resume does not apply");
        }
        if (op.writes() && output == null) {
            output = BatchRequest.defaultOutput(o.dir, op.name());
        }
        BatchRequest request = new BatchRequest(op, o.dir, output, o.recursive, o.jobs(), o.resume);
        check(request);
        return request;
    }

    /** Input present, output usable: else an error naming the problem (usage for a conflicting output folder). */
    static void check(BatchRequest request) {
        if (!Files.exists(request.input())) {
            throw new InputException("no such file or directory", null);
        }
        String conflict = request.outputConflict();
        if (conflict != null) {
            throw usage(conflict);
        }
        if (request.output() != null && Files.exists(request.output()) && !Files.isDirectory(request.output())) {
            throw new OutputException(request.output() + " exists and is not a folder", null);
        }
    }

    /** Runs the batch with the report (when asked) and console output; Ctrl-C stops it cleanly. */
    static BatchSummary execute(BatchRequest request, Path reportPath, boolean progress, boolean listLines,
                                BatchListener also) {
        BatchReport report = reportPath == null ? null : new BatchReport(reportPath, request.operation().name());
        BatchRunner runner = new BatchRunner(request);
        CountDownLatch over = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            runner.cancel();
            try {
                over.await(INTERRUPT_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "batch-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            BatchSummary s = runner.run(new BatchOutput(report, progress, listLines, also));
            if (report != null) {
                if (s.cancelled()) {
                    report.close();
                    System.err.println("interrupted: the report is left as " + BatchReport.partial(reportPath));
                } else {
                    report.complete();
                }
            }
            return s;
        } finally {
            if (report != null) {
                report.close();
            }
            over.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down (Ctrl-C): the hook is already running and now lets it go.
            }
        }
    }

    /** {@code convert: 174 files in 3.2 s (54 files/s, 88 MB/s): 172 ok, 1 failed, 1 skipped -> OUT}. */
    static String summaryLine(BatchSummary s) {
        BatchProgress c = s.counts();
        StringBuilder sb = new StringBuilder();
        sb.append(s.operation()).append(": ").append(c.done()).append(c.done() == 1 ? " file" : " files")
                .append(String.format(Locale.ROOT, " in %.1f s (%s files/s, %s MB/s): ", c.elapsedNanos() / 1e9,
                        rate(c.filesPerSecond()), rate(c.megabytesPerSecond())))
                .append(c.succeeded()).append(" ok, ").append(c.failed()).append(" failed, ")
                .append(c.skipped()).append(" skipped");
        if (c.resumed() > 0) {
            sb.append(" (").append(c.resumed()).append(" done before)");
        }
        if (s.output() != null) {
            sb.append(" -> ").append(s.output());
        }
        if (s.cancelled()) {
            sb.append(" (interrupted)");
        }
        return sb.toString();
    }

    private static String rate(double r) {
        return r >= 10 ? Long.toString(Math.round(r)) : String.format(Locale.ROOT, "%.1f", r);
    }

    /** The summary as one JSON object, keys in a fixed order. */
    static void printJson(BatchSummary s, Path report) {
        BatchProgress c = s.counts();
        try (JsonGenerator g = Json.generator(System.out)) {
            g.writeStartObject();
            g.writeStringField("op", s.operation());
            g.writeStringField("input", s.input().toString());
            g.writeStringField("output", s.output() == null ? null : s.output().toString());
            g.writeStringField("report", report == null ? null
                    : (s.cancelled() ? BatchReport.partial(report) : report).toString());
            g.writeNumberField("found", c.found());
            g.writeNumberField("succeeded", c.succeeded());
            g.writeNumberField("failed", c.failed());
            g.writeNumberField("skipped", c.skipped());
            g.writeNumberField("resumed", c.resumed());
            g.writeNumberField("elapsed_ms", Math.round(c.elapsedNanos() / 1e6));
            g.writeNumberField("files_per_s", Math.round(c.filesPerSecond() * 10) / 10.0);
            g.writeNumberField("mb_per_s", Math.round(c.megabytesPerSecond() * 10) / 10.0);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.flush();
    }

    /** 0 all succeeded, 82 some failed, 23 all failed, 21 no DICOM at all (skipped files alone are no failure). */
    static int exitCode(BatchSummary s) {
        BatchProgress c = s.counts();
        if (c.dicom() == 0) {
            return ExitCodes.NO_INPUT;
        }
        if (c.failed() == 0) {
            return ExitCodes.OK;
        }
        return c.succeeded() + c.resumed() == 0 ? ExitCodes.NO_VALID_INPUT : ExitCodes.PARTIAL_FAILURE;
    }

    private static UsageException usage(String message) {
        return new UsageException(message);
    }
}
