// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.PrintStream;
import java.util.Map;
import org.dicomtools.batch.BatchListener;
import org.dicomtools.batch.BatchProgress;
import org.dicomtools.batch.BatchSummary;
import org.dicomtools.batch.FileOutcome;
import org.dicomtools.error.DicomException;
import org.dicomtools.io.FolderScan;

/**
 * What a batch prints and records as it goes: the report line of each file, one stderr line per failure as it
 * happens ({@code relative/path: problem}), paths the walk could not follow, the {@code list} lines on stdout, and the
 * progress line. Skipped files are listed on stderr with --verbose only.
 */
final class BatchOutput implements BatchListener {
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final BatchReport report;
    private final ProgressLine progress;
    private final boolean listLines;
    private final BatchListener also;

    /**
     * @param report    the report, or null
     * @param progress  whether to draw the progress line
     * @param listLines print each file's {@code list} fields on stdout
     * @param also      another listener to tell (e.g. anonymize's per-element report), or null
     */
    BatchOutput(BatchReport report, boolean progress, boolean listLines, BatchListener also) {
        this.report = report;
        this.progress = new ProgressLine(err, progress);
        this.listLines = listLines;
        this.also = also;
    }

    @Override
    public void found(FolderScan.Entry entry, BatchProgress soFar) {
        if (entry instanceof FolderScan.Problem p) {
            progress.clear();
            err.println(p.path() + ": warning: " + p.reason());
        }
        progress.update(soFar);
    }

    @Override
    public void walked(BatchProgress soFar) {
        progress.update(soFar);
    }

    @Override
    public void outcome(FileOutcome o, BatchProgress soFar) {
        if (report != null) {
            report.write(o);
        }
        if (o.status() == FileOutcome.Status.FAILED) {
            progress.clear();
            err.println(o.path() + ": " + o.message());
            if (Main.verbose && !(o.failure() instanceof DicomException)) {
                o.failure().printStackTrace(err);
            }
        } else if (o.status() == FileOutcome.Status.SKIPPED && Main.verbose) {
            progress.clear();
            err.println(o.path() + ": skipped: " + o.message());
        } else if (o.status() == FileOutcome.Status.OK && listLines) {
            progress.clear();
            out.println(listLine(o));
        }
        if (o.status() == FileOutcome.Status.OK && Main.verbose) {
            Object warnings = o.fields().get("warnings");
            if (warnings instanceof java.util.List<?> list) {
                for (Object w : list) {
                    progress.clear();
                    err.println(o.path() + ": warning: " + w);
                }
            }
        }
        if (also != null) {
            also.outcome(o, soFar);
        }
        progress.update(soFar);
    }

    @Override
    public void finished(BatchSummary summary) {
        progress.clear();
        if (also != null) {
            also.finished(summary);
        }
    }

    /** Path, size, modality, SOP class, transfer syntax and rows x columns x frames, separated by tabs. */
    static String listLine(FileOutcome o) {
        Map<String, Object> f = o.fields();
        String geometry = f.get("rows") == null ? "-" : f.get("rows") + "x" + f.get("columns") + "x" + f.get("frames");
        return String.join("\t", o.path().toString(), String.valueOf(f.get("size")), dash(f.get("modality")),
                dash(f.get("sop_class")), dash(f.get("transfer_syntax")), geometry);
    }

    private static String dash(Object v) {
        return v == null || v.toString().isEmpty() ? "-" : v.toString();
    }
}
