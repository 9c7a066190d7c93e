// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dicomtools.error.OutputException;
import org.dicomtools.io.NonClosingOutputStream;
import org.dicomtools.organize.Action;
import org.dicomtools.organize.OrganizeRequest;
import org.dicomtools.organize.OrganizeSummary;
import org.dicomtools.organize.Placement;
import org.dicomtools.organize.TransferMode;

/**
 * What {@code organize} prints: a {@code source -> destination} line per file placed on stdout, duplicates, skips
 * and failures on stderr with the reason, then the summary; or, with {@code --json}, one document (the file list
 * only up to {@value #JSON_FILE_LIMIT} files, so the document stays bounded); and the optional JSON-lines report,
 * written beside its target and renamed into place when the run completes (dropped when it does not).
 */
final class OrganizeOutput implements AutoCloseable {
    /** Most files listed in the {@code --json} document. */
    static final int JSON_FILE_LIMIT = 10_000;
    private static final JsonFactory JSON = new JsonFactory();

    private final OrganizeRequest request;
    private final boolean json;
    private final List<Placement> listed = new ArrayList<>();
    private final Path report;
    private final Path reportTmp;
    private final OutputStream reportOut;
    private boolean complete;

    OrganizeOutput(OrganizeRequest request, boolean json, Path report) {
        this.request = request;
        this.json = json;
        this.report = report;
        if (report == null) {
            reportTmp = null;
            reportOut = null;
        } else {
            try {
                Path dir = report.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                reportTmp = Files.createTempFile(dir, "." + report.getFileName(), ".tmp");
                reportOut = Files.newOutputStream(reportTmp);
            } catch (IOException e) {
                throw new OutputException("cannot write " + report + ": " + e.getMessage(), e);
            }
        }
    }

    void placement(Placement p) {
        if (json) {
            if (listed.size() <= JSON_FILE_LIMIT) {
                listed.add(p);
            }
            if (p.action() == Action.FAILED) {
                System.err.println(p.sourceRelative() + ": failed: " + p.reason());
            }
        } else {
            text(p);
        }
        if (reportOut != null) {
            try {
                JsonGenerator g = JSON.createGenerator(new NonClosingOutputStream(reportOut));
                write(g, p);
                g.close();
                reportOut.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void text(Placement p) {
        String arrow = p.sourceRelative() + " -> " + p.destinationRelative();
        switch (p.action()) {
            case COPIED, MOVED -> {
                System.out.println(arrow);
                if (p.reason() != null) {
                    System.err.println(p.sourceRelative() + ": warning: " + p.reason());
                }
            }
            case CONFLICT_RENAMED -> System.out.println(arrow + " (conflict: " + p.reason() + ")");
            case OVERWRITTEN -> System.out.println(arrow + " (overwritten)");
            case DUPLICATE -> System.err.println(p.sourceRelative() + ": duplicate: " + p.reason());
            case SKIPPED_NOT_DICOM, SKIPPED_COLLISION -> System.err.println(p.sourceRelative() + ": skipped: "
                    + p.reason());
            case FAILED -> System.err.println(p.sourceRelative() + ": failed: " + p.reason());
        }
    }

    void summary(OrganizeSummary s) throws IOException {
        complete = true;
        if (!json) {
            boolean moving = request.mode() == TransferMode.MOVE;
            System.out.printf(Locale.ROOT, "%s %d files into %s: %d %s, %d duplicates, %d conflicts, %d skipped, "
                            + "%d failed%s%n", request.dryRun() ? "Dry run: would organize" : "Organized", s.placed(),
                    request.destination(), s.count(Action.COPIED) + s.count(Action.MOVED), moving ? "moved" : "copied",
                    s.duplicates(), s.conflicts(), s.skipped(), s.failed(),
                    s.count(Action.OVERWRITTEN) > 0 ? ", " + s.count(Action.OVERWRITTEN) + " overwritten" : "");
            return;
        }
        try (JsonGenerator g = Json.generator(System.out)) {
            g.writeStartObject();
            g.writeStringField("source", request.source().toString());
            g.writeStringField("destination", request.destination().toString());
            g.writeStringField("template", request.template().toString());
            g.writeStringField("mode", request.mode().name().toLowerCase(Locale.ROOT));
            g.writeStringField("on_collision", request.onCollision().name().toLowerCase(Locale.ROOT));
            g.writeBooleanField("dry_run", request.dryRun());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", s.total());
            g.writeNumberField("dicom", s.dicomFiles());
            g.writeNumberField("placed", s.placed());
            for (Action a : Action.values()) {
                g.writeNumberField(a.name().toLowerCase(Locale.ROOT), s.count(a));
            }
            g.writeEndObject();
            boolean truncated = listed.size() > JSON_FILE_LIMIT;
            g.writeArrayFieldStart("files");
            for (Placement p : truncated ? listed.subList(0, JSON_FILE_LIMIT) : listed) {
                write(g, p);
            }
            g.writeEndArray();
            g.writeBooleanField("files_truncated", truncated);
            g.writeEndObject();
            g.writeRaw('\n');
        }
        System.out.flush();
    }

    private static void write(JsonGenerator g, Placement p) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", p.sourceRelative().toString());
        if (p.destinationRelative() == null) {
            g.writeNullField("destination");
        } else {
            g.writeStringField("destination", p.destinationRelative().toString());
        }
        g.writeStringField("action", p.action().name());
        if (p.reason() == null) {
            g.writeNullField("reason");
        } else {
            g.writeStringField("reason", p.reason());
        }
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        if (reportOut != null) {
            reportOut.close();
            if (complete) {
                Files.move(reportTmp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(reportTmp);
            }
        }
    }
}
