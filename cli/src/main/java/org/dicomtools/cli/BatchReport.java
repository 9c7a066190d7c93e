// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.dicomtools.batch.FileOutcome;
import org.dicomtools.error.OutputException;
import org.dicomtools.io.NonClosingOutputStream;
import org.dicomtools.stats.Statistics;

/**
 * The batch report: one JSON object per file and line, keys always in this order: {@code path} (below the input),
 * {@code op}, {@code status} (ok, failed, skipped), {@code output} (below the output folder, or null),
 * {@code error_code} (SPEC §11, or null), {@code message}, {@code elapsed_ms}, {@code result} (the operation's
 * fields, or null). Lines are written to {@code F.partial} as files finish, and the file is renamed to {@code F} only
 * when the run completes: a run that crashed or was interrupted leaves a report whose name says it is partial.
 */
final class BatchReport implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();
    private final Path target;
    private final Path partial;
    private final OutputStream out;
    private final String op;
    private boolean closed;

    BatchReport(Path target, String op) {
        this.target = target;
        this.op = op;
        this.partial = partial(target);
        try {
            Path dir = partial.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            out = new BufferedOutputStream(Files.newOutputStream(partial), 16 * 1024);
        } catch (IOException e) {
            throw new OutputException("cannot write the report " + partial + ": " + e.getMessage(), e);
        }
    }

    /** Where lines go until the run completes. */
    static Path partial(Path report) {
        return report.resolveSibling(report.getFileName() + ".partial");
    }

    /** Appends the file's line and flushes it, so a crash loses at most the line being written. */
    void write(FileOutcome o) {
        try {
            JsonGenerator g = JSON.createGenerator(new NonClosingOutputStream(out));
            g.writeStartObject();
            g.writeStringField("path", slashes(o.path()));
            g.writeStringField("op", op);
            g.writeStringField("status", o.status().word());
            g.writeStringField("output", o.output() == null ? null : slashes(o.output()));
            g.writeFieldName("error_code");
            if (o.failure() == null) {
                g.writeNull();
            } else {
                g.writeNumber(ExitCodes.of(o.failure()));
            }
            g.writeStringField("message", o.message());
            g.writeNumberField("elapsed_ms", Math.round(o.elapsedNanos() / 1e3) / 1e3);
            g.writeFieldName("result");
            if (o.fields().isEmpty()) {
                g.writeNull();
            } else {
                value(g, o.fields());
            }
            g.writeEndObject();
            g.close();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new OutputException("cannot write the report " + partial + ": " + e.getMessage(), e);
        }
    }

    /** Closes the report and gives it its final name. */
    void complete() {
        close();
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OutputException("cannot rename the report " + partial + " to " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /** Closes the report and leaves it as {@code F.partial}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new OutputException("cannot write the report " + partial + ": " + e.getMessage(), e);
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace(File.separatorChar, '/');
    }

    /** Strings, numbers, booleans, lists and maps of them; a number that is not finite is null. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(Statistics.format(d));
            } else {
                g.writeNull();
            }
        } else if (v instanceof Number n) {
            g.writeNumber(n.longValue());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }
}
