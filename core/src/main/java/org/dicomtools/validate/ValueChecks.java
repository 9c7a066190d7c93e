// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.DictionaryEntry;
import org.dicomtools.dict.ElementDictionary;

/**
 * Checks every element at every depth against its VR (PS3.5 6.2: syntax, maximum length, unit size of binary values)
 * and against the dictionary (PS3.6: allowed VRs and value multiplicity). Bulk values are checked by length only,
 * without reading them.
 */
final class ValueChecks {
    private static final ElementDictionary DICT = ElementDictionary.standard();
    private static final int SHOWN_CHARS = 64;

    private final Findings out;

    private ValueChecks(Findings out) {
        this.out = out;
    }

    static void check(DataSet dataSet, Findings out) {
        new ValueChecks(out).walk(dataSet, null, 0);
    }

    private void walk(DataSet ds, String parentPath, int itemIndex) {
        for (Element e : ds) {
            String path = parentPath == null ? Findings.path(e.tag()) : Findings.path(parentPath, itemIndex, e.tag());
            checkElement(ds, e, path);
            if (e.isSequence()) {
                Sequence seq = e.sequence();
                for (int i = 0; i < seq.size(); i++) {
                    walk(seq.get(i), path, i);
                }
            }
        }
    }

    private void checkElement(DataSet ds, Element e, String path) {
        int tag = e.tag();
        VR vr = e.vr();
        String name = Findings.name(tag);
        DictionaryEntry entry = DICT.lookup(tag);
        // PS3.6 Table 6-1: the VRs the standard allows for the element; UN is always allowed (PS3.5 6.2.2).
        if (entry != null && !entry.vrs().isEmpty() && vr != VR.UN && !entry.vrs().contains(vr)) {
            out.warning(path, name + " has VR " + vr + " where PS3.6 gives " + vrList(entry.vrs()));
        }
        if (e.isSequence() || e.isFragments() || e.length() <= 0) {
            return;
        }
        int count;
        if (vr.isString()) {
            count = checkStrings(ds, e, path, name);
        } else {
            long length = e.length();
            // PS3.5 6.2: binary values are whole units (2 bytes for US/SS/OW, 4 for UL/FL/OF/AT, 8 for FD/OD/SV);
            // an AT value is two 16-bit halves, swapped separately but counted as one.
            int unit = vr == VR.AT ? 4 : vr.unitSize();
            if (length % unit != 0) {
                out.error(path, name + " has length " + length + ", not a multiple of " + unit + " as " + vr
                        + " requires");
                return;
            }
            count = vr.kind() == VR.Kind.BINARY ? (int) Math.min(Integer.MAX_VALUE, length / unit) : 1;
        }
        // PS3.5 6.4, PS3.6: the number of values against the dictionary's VM.
        if (entry != null && vr != VR.UN && count > 0) {
            Multiplicity vm = Multiplicity.parse(entry.vm());
            if (vm != null && !vm.allows(count)) {
                out.error(path, name + " has " + count + (count == 1 ? " value" : " values") + "; PS3.6 allows VM "
                        + entry.vm());
            }
        }
    }

    /** Checks each value of a string element; returns the number of values. */
    private int checkStrings(DataSet ds, Element e, String path, String name) {
        VR vr = e.vr();
        String[] values;
        try {
            values = Values.strings(e.bytes(), vr, ds.specificCharacterSet());
        } catch (RuntimeException ex) {
            out.error(path, name + " cannot be decoded: " + ex.getMessage());
            return 0;
        }
        for (String value : values) {
            VrSyntax.Issue issue = VrSyntax.check(vr, value);
            String message = issue == null ? null : name + " value " + shown(value) + " " + issue.text() + " (" + vr
                    + ")";
            if (issue != null && !issue.error()) {
                out.warning(path, message); // a retired form, longer than today's maximum by design
                continue;
            }
            int max = vr.maxLength();
            // PN limits each component group, not the whole value (checked with its syntax).
            if (max > 0 && vr != VR.PN && value.codePointCount(0, value.length()) > max) {
                out.error(path, name + " value " + shown(value) + " is longer than " + max + " characters (" + vr
                        + ")");
            } else if (issue != null) {
                out.error(path, message);
            }
        }
        return values.length;
    }

    private static String shown(String value) {
        String s = value.length() > SHOWN_CHARS ? value.substring(0, SHOWN_CHARS) + "..." : value;
        StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\x%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    private static String vrList(List<VR> vrs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < vrs.size(); i++) {
            sb.append(i == 0 ? "" : " or ").append(vrs.get(i));
        }
        return sb.toString();
    }
}
