// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.io.DicomFile;

/**
 * Text like dcmdump: one line per element, {@code (GGGG,EEEE) VR [value]  # length, VM Keyword}, items and sequences
 * indented two spaces per level. Bulk values are summarised, never loaded.
 */
public final class DumpFormatter {
    private static final int VALUE_COLUMN = 48;

    private final DumpOptions options;
    private final ElementDictionary dict = ElementDictionary.standard();
    private final Appendable out;

    private DumpFormatter(Appendable out, DumpOptions options) {
        this.out = out;
        this.options = options;
    }

    /** Writes the dump of a file (meta group first when asked) to {@code out}. */
    public static void dump(DicomFile file, DumpOptions options, Appendable out) {
        DumpFormatter f = new DumpFormatter(out, options);
        try {
            if (options.fileMeta() && !file.fileMeta().isEmpty()) {
                out.append("# File Meta Information\n");
                f.dataSet(file.fileMeta(), 0);
            }
            out.append("# Dataset: ").append(file.transferSyntax().name()).append('\n');
            f.dataSet(file.dataSet(), 0);
            if (file.stoppedBeforePixels()) {
                out.append("# (stopped before Pixel Data)\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dump as a string. */
    public static String dump(DicomFile file, DumpOptions options) {
        StringBuilder sb = new StringBuilder(4096);
        dump(file, options, sb);
        return sb.toString();
    }

    private void dataSet(DataSet ds, int depth) throws IOException {
        for (Element e : ds) {
            element(ds, e, depth);
        }
    }

    private void element(DataSet ds, Element e, int depth) throws IOException {
        String indent = "  ".repeat(depth);
        String keyword = keyword(ds, e.tag());
        if (e.isSequence()) {
            Sequence seq = e.sequence();
            line(indent + Tags.format(e.tag()) + " SQ (Sequence with " + seq.size() + " item" + (seq.size() == 1 ? "" : "s")
                    + ")", "", keyword);
            if (depth >= options.maxDepth()) {
                if (!seq.isEmpty()) {
                    out.append(indent).append("  ... ").append(Integer.toString(seq.size()))
                            .append(" item(s) below --max-depth\n");
                }
                return;
            }
            for (int i = 0; i < seq.size(); i++) {
                out.append(indent).append("  (FFFE,E000) na (Item #").append(Integer.toString(i + 1)).append(")\n");
                dataSet(seq.get(i), depth + 2);
            }
            return;
        }
        if (e.isFragments()) {
            Fragments f = e.fragments();
            line(indent + Tags.format(e.tag()) + " " + e.vr() + " (PixelSequence with " + f.size() + " fragment"
                    + (f.size() == 1 ? "" : "s") + ", offset table " + f.basicOffsetTable().length + " bytes)", "",
                    keyword);
            for (int i = 0; i < f.size(); i++) {
                out.append(indent).append("  (FFFE,E000) pi fragment #").append(Integer.toString(i + 1)).append(", ")
                        .append(Long.toString(f.fragmentLength(i))).append(" bytes\n");
            }
            return;
        }
        String value = value(ds, e);
        line(indent + Tags.format(e.tag()) + " " + e.vr() + " " + value,
                e.length() + ", " + multiplicity(ds, e), keyword);
    }

    private void line(String left, String lengthAndVm, String keyword) throws IOException {
        out.append(left);
        for (int i = left.length(); i < VALUE_COLUMN; i++) {
            out.append(' ');
        }
        out.append(" # ");
        if (!lengthAndVm.isEmpty()) {
            out.append(lengthAndVm).append(' ');
        }
        out.append(keyword).append('\n');
    }

    private String value(DataSet ds, Element e) {
        VR vr = e.vr();
        if (e.isBulkData() || vr.kind() == VR.Kind.BULK && e.length() > 64) {
            return "(" + e.length() + " bytes of binary data)";
        }
        if (e.isEmpty()) {
            return "(no value)";
        }
        String s;
        if (vr.kind() == VR.Kind.BULK) {
            s = Values.hex(e.bytes(), vr);
        } else {
            s = ds.getString(e.tag());
            if (s == null) {
                return "(" + e.length() + " bytes)";
            }
            s = s.replace("\r", "\\r").replace("\n", "\\n");
        }
        int max = Math.max(options.maxValueLen(), 4);
        if (s.length() > max) {
            s = s.substring(0, max) + "...";
        }
        return vr.isString() ? "[" + s + "]" : s;
    }

    private static String multiplicity(DataSet ds, Element e) {
        VR vr = e.vr();
        if (e.isEmpty()) {
            return "0";
        }
        if (vr.isString()) {
            return vr.isMultiValued() ? Integer.toString(ds.getStrings(e.tag()).length) : "1";
        }
        if (vr.kind() == VR.Kind.BINARY) {
            return Long.toString(e.length() / vr.unitSize());
        }
        return "1";
    }

    private String keyword(DataSet ds, int tag) {
        String k = dict.keywordOf(tag);
        if (!k.isEmpty()) {
            return k;
        }
        if (Tags.isPrivate(tag) && !Tags.isPrivateCreator(tag)) {
            String creator = ds.getString(Tags.privateCreatorOf(tag));
            return creator == null ? "Unknown private" : "Private " + creator;
        }
        return "Unknown";
    }
}
