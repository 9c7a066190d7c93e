// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dicomtools.io.AtomicFile;

/**
 * The demo's {@code index.html}: the rendered images and plot, and a table of every step with what it produced, so
 * the quick start can be looked at in a browser. Self-contained (inline CSS, relative links), no script.
 */
final class DemoReport {
    /** One step of the demo: the equivalent command, what came out, and the files it made. */
    record Step(String name, String command, String result, List<Path> files, boolean ok) {
    }

    /** An image shown in the gallery. */
    record Image(String caption, Path file) {
    }

    private final Path root;
    private final List<Step> steps = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();

    DemoReport(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    void step(String name, String command, String result, List<Path> files) {
        steps.add(new Step(name, command, result, List.copyOf(files), true));
    }

    void failed(String name, String command, String problem) {
        steps.add(new Step(name, command, problem, List.of(), false));
    }

    void image(String caption, Path file) {
        images.add(new Image(caption, file));
    }

    List<Step> steps() {
        return steps;
    }

    Path write() {
        Path index = root.resolve("index.html");
        String html = html();
        AtomicFile.write(index, o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
        return index;
    }

    String html() {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>dicom-tools demo</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}\n")
                .append("h1{margin-bottom:0}.sub{color:#666;margin-top:.2em}\n")
                .append(".gallery{display:flex;flex-wrap:wrap;gap:12px}\n")
                .append("figure{margin:0;background:#111;padding:6px;border-radius:4px}\n")
                .append("figure img{display:block;width:200px;height:auto;image-rendering:pixelated}\n")
                .append("figure.wide img{width:560px}\n")
                .append("figcaption{color:#ddd;font-size:12px;padding-top:4px;max-width:200px}\n")
                .append("figure.wide figcaption{max-width:560px}\n")
                .append("table{border-collapse:collapse;width:100%;font-size:14px}\n")
                .append("th,td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}\n")
                .append("th{background:#f4f4f4}code{font-size:12px;background:#f6f6f6;padding:1px 3px}\n")
                .append(".ok{color:#17702b;font-weight:bold}.bad{color:#b00020;font-weight:bold}\n")
                .append("td.files a{display:block;font-size:12px}td:nth-child(3){min-width:340px}\n")
                .append("</style>\n</head>\n<body>\n<h1>dicom-tools demo</h1>\n")
                .append("<p class=\"sub\">Every operation run on the synthetic study written by <code>dicom-tools sample</code>. ")
                .append(steps.stream().filter(Step::ok).count()).append(" of ").append(steps.size())
                .append(" steps succeeded.</p>\n");
        if (!images.isEmpty()) {
            h.append("<h2>Images</h2>\n<div class=\"gallery\">\n");
            for (Image image : images) {
                boolean wide = image.caption().toLowerCase(java.util.Locale.ROOT).contains("histogram");
                h.append("<figure").append(wide ? " class=\"wide\"" : "").append("><a href=\"")
                        .append(attr(link(image.file()))).append("\"><img src=\"").append(attr(link(image.file())))
                        .append("\" alt=\"").append(attr(image.caption())).append("\"></a><figcaption>")
                        .append(text(image.caption())).append("</figcaption></figure>\n");
            }
            h.append("</div>\n");
        }
        h.append("<h2>Steps</h2>\n<table>\n<tr><th>step</th><th>command</th><th>result</th><th>files</th></tr>\n");
        for (Step s : steps) {
            h.append("<tr><td>").append(text(s.name())).append(" <span class=\"").append(s.ok() ? "ok\">ok" : "bad\">failed")
                    .append("</span></td><td><code>").append(text(s.command())).append("</code></td><td>")
                    .append(text(s.result()).replace("\n", "<br>")).append("</td><td class=\"files\">");
            int shown = 0;
            for (Path f : s.files()) {
                if (shown++ == 12) {
                    h.append("<span>… and ").append(s.files().size() - 12).append(" more</span>");
                    break;
                }
                h.append("<a href=\"").append(attr(link(f))).append("\">").append(text(link(f))).append("</a>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n</body>\n</html>\n");
        return h.toString();
    }

    /** A link relative to the report, with '/' separators and each segment percent-encoded where needed. */
    private String link(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        StringBuilder s = new StringBuilder();
        for (Path part : rel) {
            if (s.length() > 0) {
                s.append('/');
            }
            for (byte b : part.toString().getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                    s.append((char) c);
                } else {
                    s.append('%').append(String.format("%02X", c));
                }
            }
        }
        return s.toString();
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String attr(String s) {
        return text(s);
    }
}
