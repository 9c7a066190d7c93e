// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of UIDs defined by the standard (PS3.6 Annex A): transfer syntaxes, SOP classes, well-known instances,
 * coding schemes and so on. Immutable and safe to share between threads; the standard registry is read once, on first
 * use, from the generated resource {@code uids.tsv}.
 */
public final class UidRegistry {

    private static final String RESOURCE = "uids.tsv";

    private final Map<String, UidEntry> byUid;
    private final Map<String, UidEntry> byKeyword;
    private final List<UidEntry> entries;

    private UidRegistry(List<UidEntry> list) {
        Map<String, UidEntry> u = new HashMap<>(list.size() * 4 / 3 + 16);
        Map<String, UidEntry> k = new HashMap<>(list.size() * 4 / 3 + 16);
        for (UidEntry e : list) {
            if (u.putIfAbsent(e.uid(), e) != null) {
                throw new IllegalArgumentException("duplicate UID " + e.uid());
            }
            if (!e.keyword().isEmpty()) {
                k.putIfAbsent(e.keyword(), e);
            }
        }
        byUid = u;
        byKeyword = k;
        entries = Collections.unmodifiableList(list);
    }

    /** The UIDs of PS3.6, loaded on first call. */
    public static UidRegistry standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final UidRegistry STANDARD = loadStandard();
    }

    private static UidRegistry loadStandard() {
        return parse(new String(BundledTable.read(UidRegistry.class, RESOURCE), StandardCharsets.UTF_8));
    }

    /** Builds a registry from the text of a {@code uids.tsv} file: {@code uid, name, type, retired, keyword}. */
    static UidRegistry parse(String text) {
        List<UidEntry> list = new ArrayList<>(512);
        String[] f = new String[5];
        int pos = 0;
        int lineNo = 0;
        while (pos < text.length()) {
            lineNo++;
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            int lineStart = pos;
            pos = end + 1;
            if (end > lineStart && text.charAt(end - 1) == '\r') {
                end--;
            }
            if (end == lineStart || text.charAt(lineStart) == '#') {
                continue;
            }
            int n = 0;
            int s = lineStart;
            while (n < 4) {
                int tab = text.indexOf('\t', s);
                if (tab < 0 || tab > end) {
                    throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": expected 5 tab-separated fields");
                }
                f[n++] = text.substring(s, tab);
                s = tab + 1;
            }
            f[4] = text.substring(s, end);
            if (f[4].indexOf('\t') >= 0 || !(f[3].equals("Y") || f[3].equals("N"))) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": bad line");
            }
            list.add(new UidEntry(f[0], f[1], f[2], f[3].equals("Y"), f[4]));
        }
        return new UidRegistry(list);
    }

    /** The entry of a registered UID, or {@code null}. */
    public UidEntry lookup(String uid) {
        return uid == null ? null : byUid.get(uid);
    }

    /** Whether the standard registers the UID. */
    public boolean isRegistered(String uid) {
        return lookup(uid) != null;
    }

    /** The name of a registered UID; the UID itself when it is not registered or the standard gives no name. */
    public String nameOf(String uid) {
        UidEntry e = lookup(uid);
        return e == null || e.name().isEmpty() ? uid : e.name();
    }

    /** The entry with a keyword, e.g. {@code ExplicitVRLittleEndian}, or {@code null}. */
    public UidEntry byKeyword(String keyword) {
        return keyword == null ? null : byKeyword.get(keyword);
    }

    /** Every registered UID, in the order of PS3.6. */
    public List<UidEntry> entries() {
        return entries;
    }
}
