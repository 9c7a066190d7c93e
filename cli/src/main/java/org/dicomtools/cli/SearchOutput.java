// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dicomtools.search.Criterion;
import org.dicomtools.search.SearchMatch;
import org.dicomtools.search.SearchResult;

/**
 * The four renderings of a search result (seed {@code search}: table, list, csv; and json). Values are shown, since
 * engineers search by them; {@code redact} masks the identifying columns as the seed always did.
 */
final class SearchOutput {
    static final String REDACTED = "<redacted>";
    /** The columns the seed masked (backends-reference §2.16). */
    static final Set<String> IDENTIFYING = Set.of("PatientName", "PatientID", "PatientBirthDate", "PatientSex",
            "AccessionNumber", "StudyDate", "StudyTime");
    private static final int MAX_WIDTH = 40;

    private final SearchResult result;
    private final boolean redact;

    SearchOutput(SearchResult result, boolean redact) {
        this.result = result;
        this.redact = redact;
    }

    /** Whether a column (or criterion) key names an identifying element, at the top level or inside a sequence. */
    static boolean identifying(String key) {
        return IDENTIFYING.contains(key.substring(key.lastIndexOf('.') + 1));
    }

    List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("file");
        h.addAll(result.columns());
        return h;
    }

    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>(result.matches().size());
        for (SearchMatch m : result.matches()) {
            List<String> row = new ArrayList<>();
            row.add(m.file());
            m.values().forEach((k, v) -> row.add(redact && identifying(k) ? REDACTED : v));
            rows.add(row);
        }
        return rows;
    }

    /** Columns as wide as their widest cell up to 40, {@code " | "} between, a rule of {@code -} under the header. */
    String table() {
        List<String> header = header();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : rows()) {
            rows.add(r.stream().map(SearchOutput::oneLine).toList());
        }
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            int w = header.get(c).length();
            for (List<String> r : rows) {
                w = Math.max(w, r.get(c).length());
            }
            widths[c] = Math.min(w, MAX_WIDTH);
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, widths);
        int rule = 3 * (widths.length - 1);
        for (int w : widths) {
            rule += w;
        }
        sb.append("-".repeat(rule)).append('\n');
        for (List<String> r : rows) {
            line(sb, r, widths);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        int start = sb.length();
        for (int c = 0; c < widths.length; c++) {
            String v = cells.get(c);
            if (v.length() > widths[c]) {
                v = v.substring(0, widths[c] - 3) + "...";
            }
            sb.append(c > 0 ? " | " : "").append(v).append(" ".repeat(widths[c] - v.length()));
        }
        int end = sb.length();
        while (end > start && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    /** Line breaks and tabs of LT/UT values as spaces, so that a row stays one line. */
    private static String oneLine(String v) {
        return v.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** {@code   1. path}, one matching file a line. */
    String list() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (SearchMatch m : result.matches()) {
            sb.append(String.format(java.util.Locale.ROOT, "%3d. %s", ++i, m.path())).append('\n');
        }
        return sb.toString();
    }

    /** RFC 4180: every field in double quotes, a quote doubled, lines ended by CRLF; the header first. */
    String csv() {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, header());
        for (List<String> r : rows()) {
            csvLine(sb, r);
        }
        return sb.toString();
    }

    private static void csvLine(StringBuilder sb, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            sb.append(c > 0 ? "," : "").append('"').append(cells.get(c).replace("\"", "\"\"")).append('"');
        }
        sb.append("\r\n");
    }

    /** One JSON document: the criteria, the matches with their values, and the counts. */
    void json(List<Criterion> criteria, OutputStream out) throws IOException {
        List<List<String>> rows = rows();
        try (JsonGenerator gen = Json.generator(out)) {
            gen.writeStartObject();
            gen.writeArrayFieldStart("criteria");
            for (Criterion c : criteria) {
                gen.writeStartObject();
                gen.writeStringField("key", c.key());
                gen.writeStringField("pattern", redact && identifying(c.key()) ? REDACTED : c.pattern());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("matches");
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                gen.writeStartObject();
                gen.writeStringField("file", row.get(0));
                gen.writeStringField("path", result.matches().get(i).path().toString());
                gen.writeObjectFieldStart("values");
                for (int c = 0; c < result.columns().size(); c++) {
                    gen.writeStringField(result.columns().get(c), row.get(c + 1));
                }
                gen.writeEndObject();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeNumberField("count", rows.size());
            gen.writeNumberField("scanned", result.scanned());
            gen.writeNumberField("searched", result.searched());
            gen.writeNumberField("skipped", result.skipped());
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
        out.flush();
    }
}
