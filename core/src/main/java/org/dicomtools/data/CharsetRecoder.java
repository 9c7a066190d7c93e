// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Text from Unicode into a data set whose values must be bytes in its Specific Character Set (0008,0005), as when a
 * data set is rebuilt from JSON or edited. A string that set cannot hold switches the data set that defines the set
 * (the nearest enclosing data set with (0008,0005), else the top level) to ISO_IR 192 (UTF-8, PS3.3 C.12.1.1.2); the
 * text values already set in it and in the items that inherit its set are re-encoded, so nothing is lost and the data
 * set stays consistent. The same re-encoding happens when (0008,0005) itself is put after text values, as in JSON
 * whose keys are not in tag order.
 */
public final class CharsetRecoder {
    public static final int SPECIFIC_CHARACTER_SET = 0x00080005;
    /** The Defined Term of UTF-8. */
    public static final String UTF_8 = "ISO_IR 192";

    private record Text(DataSet holder, Element element, String value) {
    }

    private CharsetRecoder() {
    }

    /** A text value (values already joined with backslash) encoded in the data set's character set and padded. */
    public static byte[] encode(DataSet ds, VR vr, String text) {
        SpecificCharacterSet cs = ds.specificCharacterSet();
        byte[] b = tryEncode(cs, vr, text);
        if (b == null && isUtf8(cs)) {
            b = cs.encode(text, vr);
        } else if (b == null) {
            putCharacterSet(owner(ds), utf8Element());
            cs = ds.specificCharacterSet();
            b = cs.encode(text, vr);
        }
        return Values.pad(b, vr);
    }

    /**
     * Puts (0008,0005) into {@code ds} and re-encodes the text values already in it and in the items inheriting its
     * set; if the new set cannot hold them all, ISO_IR 192 is put instead.
     */
    public static void putCharacterSet(DataSet ds, Element characterSet) {
        List<Text> texts = new ArrayList<>();
        collect(ds, texts);
        ds.put(characterSet);
        if (!reencode(texts, false)) {
            ds.put(utf8Element());
            reencode(texts, true);
        }
    }

    private static Element utf8Element() {
        return Element.ofBytes(SPECIFIC_CHARACTER_SET, VR.CS, Values.encodeStrings(VR.CS, null, UTF_8));
    }

    private static boolean isUtf8(SpecificCharacterSet cs) {
        return cs.terms().size() == 1 && UTF_8.equals(cs.terms().get(0));
    }

    /** The text in the set, or {@code null} when the set cannot hold it (replaced characters, or refused). */
    private static byte[] tryEncode(SpecificCharacterSet cs, VR vr, String text) {
        try {
            byte[] b = cs.encode(text, vr);
            return cs.decode(b, 0, b.length, vr).equals(text) ? b : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The data set whose (0008,0005) governs {@code ds}: itself or an ancestor that has one, else the top level. */
    private static DataSet owner(DataSet ds) {
        DataSet d = ds;
        while (!d.contains(SPECIFIC_CHARACTER_SET) && d.parent() != null) {
            d = d.parent();
        }
        return d;
    }

    /** The decoded text values of {@code ds} and of the items that inherit its character set. */
    private static void collect(DataSet ds, List<Text> out) {
        SpecificCharacterSet cs = ds.specificCharacterSet();
        for (Element e : ds) {
            if (e.isSequence()) {
                for (DataSet item : e.sequence()) {
                    if (!item.contains(SPECIFIC_CHARACTER_SET)) {
                        collect(item, out);
                    }
                }
            } else if (e.vr().usesCharacterSet() && !e.isBulkData() && e.hasBytes() && !e.isEmpty()) {
                byte[] b = e.bytes();
                String s = cs.decode(b, 0, b.length, e.vr());
                int end = s.length();
                while (end > 0 && s.charAt(end - 1) == ' ') {
                    end--;
                }
                out.add(new Text(ds, e, s.substring(0, end)));
            }
        }
    }

    private static boolean reencode(List<Text> texts, boolean force) {
        List<Element> encoded = new ArrayList<>(texts.size());
        for (Text t : texts) {
            VR vr = t.element().vr();
            SpecificCharacterSet cs = t.holder().specificCharacterSet();
            byte[] b = tryEncode(cs, vr, t.value());
            if (b == null && !force) {
                return false;
            }
            if (b == null) {
                b = cs.encode(t.value(), vr);
            }
            encoded.add(Element.ofBytes(t.element().tag(), vr, Values.pad(b, vr)));
        }
        for (int i = 0; i < texts.size(); i++) {
            texts.get(i).holder().put(encoded.get(i));
        }
        return true;
    }
}
