// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import org.dicomtools.batch.BatchListener;
import org.dicomtools.deident.ActionRecord;
import org.dicomtools.deident.DeidentifyResult;
import org.dicomtools.error.OutputException;
import org.dicomtools.io.NonClosingOutputStream;

/**
 * What {@code anonymize} writes besides the files: warnings and failures on stderr, the JSON-lines report (written
 * to a temporary file beside the target and renamed when complete), and the mapping CSV (appended).
 */
final class AnonymizeOutput implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();
    private final Path report;
    private final Path tmp;
    private final OutputStream out;

    AnonymizeOutput(Path report) throws IOException {
        this.report = report;
        if (report == null) {
            tmp = null;
            out = null;
        } else {
            Path dir = report.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + report.getFileName(), ".tmp");
            out = Files.newOutputStream(tmp);
        }
    }

    /**
     * A batch listener writing this report's line for each file of a folder run; {@code inputRoot} and
     * {@code outputRoot} turn the batch's relative paths back into the paths this report has always given.
     * Failures and skips are printed by the batch itself; with {@code warn}, each file's warnings are too.
     */
    BatchListener listener(Path inputRoot, Path outputRoot, boolean warn) {
        return (o, soFar) -> {
            Path in = inputRoot.resolve(o.path().toString());
            switch (o.status()) {
                case OK -> {
                    DeidentifyResult r = (DeidentifyResult) o.detail();
                    if (warn) {
                        warnings(in, r);
                    }
                    line(in, outputRoot.resolve(o.output().toString()), "ok", r, null);
                }
                case FAILED -> line(in, null, "failed", null, o.message());
                case SKIPPED -> line(in, null, "skipped", null, o.message());
            }
        };
    }

    void fileOutcome(Path in, Path output, DeidentifyResult r) {
        warnings(in, r);
        line(in, output, "ok", r, null);
    }

    private static void warnings(Path in, DeidentifyResult r) {
        for (String w : r.warnings()) {
            System.err.println(in.getFileName() + ": warning: " + w);
        }
    }

    private void line(Path in, Path output, String status, DeidentifyResult r, String error) {
        if (out == null) {
            return;
        }
        try {
            JsonGenerator g = JSON.createGenerator(new NonClosingOutputStream(out));
            g.writeStartObject();
            g.writeStringField("file", in.toString());
            g.writeStringField("status", status);
            if (output != null) {
                g.writeStringField("output", output.toString());
            }
            if (error != null) {
                g.writeStringField("message", error);
            }
            if (r != null) {
                g.writeStringField("patient_id", r.patientId());
                g.writeNumberField("date_offset_days", r.dateOffsetDays());
                g.writeArrayFieldStart("actions");
                for (ActionRecord a : r.actions()) {
                    g.writeStartObject();
                    g.writeStringField("tag_path", a.tagPath());
                    g.writeStringField("keyword", a.keyword());
                    g.writeStringField("action", a.action().name());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("warnings");
                for (String w : r.warnings()) {
                    g.writeString(w);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.close();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Appends {@code kind,original,pseudonym} lines, sorted, with a header when the file is new. */
    static void appendMapping(Path mapping, Map<String, String> pairs) {
        StringBuilder sb = new StringBuilder();
        if (!Files.exists(mapping)) {
            sb.append("kind,original,pseudonym\n");
        }
        for (var e : new TreeMap<>(pairs).entrySet()) {
            sb.append(e.getKey()).append(',').append(e.getValue()).append('\n');
        }
        try {
            Files.writeString(mapping, sb.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new OutputException("cannot write " + mapping + ": " + e.getMessage(), e);
        }
    }
}
