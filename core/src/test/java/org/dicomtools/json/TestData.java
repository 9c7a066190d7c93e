// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;

/** Data sets built in code for the JSON tests. */
final class TestData {
    static final int PIXEL_DATA = 0x7FE00010;

    private TestData() {
    }

    /** The real CT slice of the shared sample data, or {@code null} when this machine has none. */
    static Path sampleCt() {
        return Stream.of("/work/shared/data", "../../shared/data", "../shared/data", "shared/data")
                .map(d -> Path.of(d, "sample_series", "IM-0001-0001.dcm"))
                .filter(Files::isRegularFile)
                .findFirst().orElse(null);
    }

    /** Every one of the 34 VRs, with multi-values, empty values, nested sequences, private and encapsulated data. */
    static DataSet everyVr() {
        DataSet ds = new DataSet();
        ds.setBytes(0x00080000, VR.UL, Values.encodeIntegers(VR.UL, 1234));
        ds.setString(0x00080005, VR.CS, "ISO_IR 192");
        ds.setString(0x00080008, VR.CS, "ORIGINAL", "", "AXIAL");
        ds.setString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.setString(0x00080020, VR.DA, "20240131");
        ds.setString(0x0008002A, VR.DT, "20240131123456.123456+0100");
        ds.setString(0x00080030, VR.TM, "123456.789");
        ds.setString(0x00080050, VR.SH, "ACC1", "ACC2");
        ds.setString(0x00080054, VR.AE, "STORESCP");
        ds.setString(0x00080081, VR.ST, "1 Main St\\2nd floor");
        ds.setString(0x00080090, VR.PN);
        ds.setString(0x00081070, VR.PN, "Smith^J", "", "=Ideo");
        ds.setString(0x00081190, VR.UR, "http://example.org/wado?x=1");
        ds.put(Element.ofSequence(0x00081115, nested(ds)));
        ds.put(Element.ofSequence(0x00081140, new Sequence()));
        // Private block: creator, a short odd-length OB and a UN value.
        ds.setString(0x00090010, VR.LO, "ACME 1.0");
        ds.setBytes(0x00091001, VR.OB, new byte[] {1, 2, 3});
        ds.setBytes(0x00091003, VR.UN, new byte[] {'R', 'I', 'S', ' '});
        ds.setString(0x00100010, VR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう");
        ds.setString(0x00100020, VR.LO, "PAT", "", "Müller");
        ds.setString(0x00100030, VR.DA);
        ds.setString(0x00101010, VR.AS, "045Y");
        ds.setString(0x00104000, VR.LT, "Line one\r\nLine two \\ with backslash");
        ds.setInt(0x00186020, VR.SL, -5, Integer.MAX_VALUE, Integer.MIN_VALUE);
        ds.setDouble(0x00189087, VR.FD, 1000.5, -0.0, 1e-300, Double.MAX_VALUE);
        ds.setDouble(0x00189089, VR.FL, 0.1, -3.25, Float.MIN_VALUE);
        ds.setBytes(0x0018908A, VR.FL, new byte[0]);
        ds.setString(0x00200013, VR.IS, "5", "-12");
        ds.setString(0x00200032, VR.DS, "-124.755859375", "-300", "1.50");
        ds.setBytes(0x00209165, VR.AT, Values.encodeTags(0x00100010, 0x7FE00010));
        ds.setInt(0x00280010, VR.US, 512);
        ds.setInt(0x00281101, VR.US, 256, 0, 65535);
        ds.setInt(0x00289503, VR.SS, -32768, 32767, 0);
        ds.setBytes(0x00283006, VR.OW, Values.encodeIntegers(VR.OW, 1, 2, 65535));
        ds.put(Element.ofBytes(0x0040A0B0, VR.SV, Values.encodeIntegers(VR.SV, Long.MIN_VALUE, 42, Long.MAX_VALUE)));
        ds.setString(0x00400031, VR.UC, "alpha", "βeta");
        ds.setInt(0x0040A132, VR.UL, 0, -1);
        ds.setString(0x0040A160, VR.UT, "Free text, ünïcode  and two spaces");
        ds.setBytes(0x00660040, VR.OL, Values.encodeIntegers(VR.OL, 7, 0xFFFFFFFFL));
        ds.setBytes(0x7FE00001, VR.OV, Values.encodeIntegers(VR.OV, 0, -1));
        ds.put(Element.ofBytes(0x7FE00002, VR.UV, Values.encodeIntegers(VR.UV, 0, -1, 1L << 63)));
        ds.setBytes(0x7FE00008, VR.OF, Values.encodeNumbers(VR.OF, 1.5, -2));
        ds.setBytes(0x7FE00009, VR.OD, Values.encodeNumbers(VR.OD, Math.PI));
        ds.put(Element.ofFragments(PIXEL_DATA, VR.OB, encapsulated()));
        return ds;
    }

    /** Two items, the first holding a sequence of its own, the second empty. */
    private static Sequence nested(DataSet parent) {
        Sequence seq = new Sequence();
        DataSet item = DataSet.item(parent);
        item.setString(0x00081150, VR.UI, "1.2.840.10008.5.1.4.1.1.4");
        item.setString(0x00081155, VR.UI, "1.2.3.4.5.6");
        Sequence inner = new Sequence();
        DataSet deep = DataSet.item(item);
        deep.setString(0x00080100, VR.SH, "121322");
        deep.setString(0x00080104, VR.LO, "Ünïcode from the inherited set, 日本");
        deep.setInt(0x00081160, VR.IS, 3);
        inner.add(deep);
        item.put(Element.ofSequence(0x00081199, inner));
        seq.add(item);
        seq.add(DataSet.item(parent));
        return seq;
    }

    /** A Basic Offset Table with two offsets and two fragments, the first of odd length. */
    static Fragments encapsulated() {
        byte[] first = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
        byte[] second = {(byte) 0xFF, (byte) 0xD8, 9, 8, 7, 6, 5, 4, (byte) 0xFF, (byte) 0xD9};
        byte[] bot = new byte[8];
        Values.putI32(bot, 4, 8 + first.length);
        Fragments f = new Fragments(bot);
        f.add(first);
        f.add(second);
        return f;
    }

    /** Where two data sets differ, one line per element (empty when equal), for readable assertion messages. */
    static List<String> differences(DataSet expected, DataSet actual) {
        List<String> out = new ArrayList<>();
        differences(expected, actual, "", out);
        if (out.isEmpty() && !expected.equals(actual)) {
            out.add("data sets differ");
        }
        return out;
    }

    private static void differences(DataSet expected, DataSet actual, String path, List<String> out) {
        for (Element e : expected) {
            Element a = actual.get(e.tag());
            String where = path + Tags.format(e.tag());
            if (a == null) {
                out.add(where + " missing");
            } else if (e.isSequence() && a.isSequence() && e.sequence().size() == a.sequence().size()) {
                for (int i = 0; i < e.sequence().size(); i++) {
                    differences(e.sequence().get(i), a.sequence().get(i), where + "[" + i + "]>", out);
                }
            } else if (!e.equals(a)) {
                out.add(where + " expected " + e + " but was " + a);
            }
        }
        for (Element a : actual) {
            if (!expected.contains(a.tag())) {
                out.add(path + Tags.format(a.tag()) + " unexpected");
            }
        }
    }

    /**
     * A copy in which text values padded with NUL (as some writers do, against PS3.5 6.2) are padded with a space,
     * the padding the JSON model gives back: JSON strings carry the value, not its padding.
     */
    static DataSet withSpacePadding(DataSet ds, DataSet parent) {
        DataSet copy = parent == null ? new DataSet() : DataSet.item(parent);
        for (Element e : ds) {
            if (e.isSequence()) {
                Sequence items = new Sequence();
                copy.put(Element.ofSequence(e.tag(), items));
                for (DataSet item : e.sequence()) {
                    items.add(withSpacePadding(item, copy));
                }
            } else if (e.vr().isString() && e.vr().padding() == ' ' && e.length() > 0
                    && e.bytes()[(int) e.length() - 1] == 0) {
                byte[] b = Arrays.copyOf(e.bytes(), (int) e.length());
                b[b.length - 1] = ' ';
                copy.put(Element.ofBytes(e.tag(), e.vr(), b));
            } else {
                copy.put(e);
            }
        }
        return copy;
    }
}
