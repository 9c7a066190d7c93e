// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.dicomtools.data.Tags;
import org.dicomtools.modify.Change;
import org.dicomtools.modify.ModifyResult;
import org.dicomtools.modify.TagListing;

/**
 * What {@code modify} prints: a line per change and where the file went, or the element listing of the seed's
 * {@code list_all_tags}; or either as one JSON document. Values shown are those of the elements the user names.
 */
final class ModifyOutput {
    /** The seed's cut: values longer than 60 characters show their first 57 and "...". */
    private static final int MAX_VALUE = 60;

    private ModifyOutput() {
    }

    static void resultText(ModifyResult r, PrintStream out) {
        for (Change c : r.changes()) {
            switch (c.action()) {
                case ADDED -> out.println("Added " + c.path() + ": " + quoted(c.newValue()));
                case MODIFIED -> out.println("Modified " + c.path() + ": " + quoted(c.oldValue()) + " -> "
                        + quoted(c.newValue()));
                case DELETED -> out.println("Deleted " + c.path() + " (was " + quoted(c.oldValue()) + ")");
                case NOT_FOUND -> {
                    // Reported on stderr with the warnings.
                }
            }
        }
        if (r.written()) {
            out.println("Saved " + r.output());
        } else {
            out.println("Dry run: nothing written (would save " + r.output() + ")");
        }
        out.flush();
    }

    static void resultJson(ModifyResult r, PrintStream out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("input", r.input().toString());
            g.writeStringField("output", r.output().toString());
            g.writeBooleanField("written", r.written());
            g.writeArrayFieldStart("changes");
            for (Change c : r.changes()) {
                g.writeStartObject();
                g.writeStringField("action", c.action().name());
                g.writeStringField("path", c.path());
                g.writeStringField("tag", Tags.format(c.tag()));
                g.writeStringField("keyword", c.keyword());
                g.writeStringField("vr", c.vr() == null ? null : c.vr().name());
                g.writeStringField("old_value", c.oldValue());
                g.writeStringField("new_value", c.newValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "warnings", r.warnings());
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    static void listingText(Path file, TagListing listing, PrintStream out) {
        out.println("All DICOM Tags in: " + file.getFileName());
        out.println();
        out.println("FILE META INFORMATION");
        listingEntries(listing.fileMeta(), out);
        out.println();
        out.println("DATASET TAGS");
        listingEntries(listing.dataSet(), out);
        out.flush();
    }

    private static void listingEntries(List<TagListing.Entry> entries, PrintStream out) {
        for (TagListing.Entry e : entries) {
            out.printf("  %-40s: %s%n", e.name(), cut(e.value()));
        }
    }

    static void listingJson(Path file, TagListing listing, PrintStream out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("input", file.toString());
            listingEntries(g, "file_meta", listing.fileMeta());
            listingEntries(g, "dataset", listing.dataSet());
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void listingEntries(JsonGenerator g, String field, List<TagListing.Entry> entries)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (TagListing.Entry e : entries) {
            g.writeStartObject();
            g.writeStringField("tag", Tags.format(e.tag()));
            g.writeStringField("keyword", e.keyword());
            g.writeStringField("name", e.name());
            g.writeStringField("vr", e.vr().name());
            g.writeStringField("value", e.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "'" + cut(value) + "'";
    }

    /** One line: control characters escaped, then the seed's cut. */
    private static String cut(String value) {
        String s = value.replace("\r", "\\r").replace("\n", "\\n");
        return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE - 3) + "..." : s;
    }
}
