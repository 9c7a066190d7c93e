// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.junit.jupiter.api.Test;

class DicomJsonRoundTripTest {

    @Test
    void everyVrRoundTripsToAnEqualDataSet() {
        DataSet ds = TestData.everyVr();
        Set<VR> seen = EnumSet.noneOf(VR.class);
        collectVrs(ds, seen);
        assertThat(seen).containsExactlyInAnyOrder(VR.values());

        String json = DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT);
        DataSet back = DicomJsonReader.read(json);

        assertThat(back).isEqualTo(ds);
        for (Element e : ds) {
            assertThat(back.get(e.tag())).as(e.toString()).isEqualTo(e);
        }
        // Items come back as items of their enclosing data set, so they inherit its character set.
        DataSet deep = back.getSequence(0x00081115).get(0).getSequence(0x00081199).get(0);
        assertThat(deep.parent().parent()).isSameAs(back);
        assertThat(deep.getString(0x00080104)).isEqualTo("Ünïcode from the inherited set, 日本");
    }

    @Test
    void prettyAndStreamFormsReadBackTheSame() {
        DataSet ds = TestData.everyVr();
        String pretty = DicomJsonWriter.toJson(ds, JsonWriteOptions.PRETTY);
        assertThat(pretty).contains("\n  \"00080005\" : {");
        assertThat(DicomJsonReader.read(pretty)).isEqualTo(ds);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomJsonWriter.write(ds, out, JsonWriteOptions.DEFAULT);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT));
        assertThat(DicomJsonReader.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(ds);
    }

    @Test
    void keysAreTheTagsInAscendingOrder() {
        String json = DicomJsonWriter.toJson(TestData.everyVr(), JsonWriteOptions.DEFAULT);
        Matcher m = Pattern.compile("\\{\"([0-9A-F]{8})\"|,\"([0-9A-F]{8})\":\\{\"vr\"").matcher(json);
        List<String> topAndNested = new ArrayList<>();
        while (m.find()) {
            topAndNested.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertThat(topAndNested).startsWith("00080000", "00080005", "00080008").contains("7FE00010");
        assertThat(json).startsWith("{\"00080000\":{\"vr\":\"UL\",\"Value\":[1234]},");
    }

    @Test
    void attributesHaveTheFormsOfPs318() {
        DataSet ds = new DataSet();
        ds.setString(0x00080005, VR.CS, "ISO_IR 192");
        ds.setString(0x00080008, VR.CS, "ORIGINAL", "", "AXIAL");
        ds.setString(0x00100010, VR.PN, "Doe^John");
        ds.setString(0x00100030, VR.DA);
        ds.setString(0x00200032, VR.DS, "-124.755859375", "+5", ".5", "1.50");
        ds.setString(0x00200013, VR.IS, "12");
        ds.setInt(0x00280010, VR.US, 512);
        ds.setBytes(0x00209165, VR.AT, Values.encodeTags(0x00100010, 0x7FE00010));
        ds.setString(0x00081070, VR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう", "", "=Ideo");
        ds.put(Element.ofBytes(0x7FE00002, VR.UV, Values.encodeIntegers(VR.UV, -1)));
        ds.put(Element.ofBytes(0x0040A0B0, VR.SV, Values.encodeIntegers(VR.SV, Long.MIN_VALUE)));
        Sequence seq = ds.newSequence(0x00081115);
        seq.add(DataSet.item(ds));
        ds.setBytes(0x00091001, VR.OB, new byte[] {1, 2, 3});

        String json = DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT);

        assertThat(json)
                .contains("\"00080008\":{\"vr\":\"CS\",\"Value\":[\"ORIGINAL\",null,\"AXIAL\"]}")
                .contains("\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^John\"}]}")
                .contains("\"00100030\":{\"vr\":\"DA\"}")
                .contains("\"00200032\":{\"vr\":\"DS\",\"Value\":[-124.755859375,5,0.5,1.50]}")
                .contains("\"00200013\":{\"vr\":\"IS\",\"Value\":[12]}")
                .contains("\"00280010\":{\"vr\":\"US\",\"Value\":[512]}")
                .contains("\"00209165\":{\"vr\":\"AT\",\"Value\":[\"00100010\",\"7FE00010\"]}")
                .contains("\"00081070\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\","
                        + "\"Ideographic\":\"山田^太郎\",\"Phonetic\":\"やまだ^たろう\"},null,{\"Ideographic\":\"Ideo\"}]}")
                .contains("\"7FE00002\":{\"vr\":\"UV\",\"Value\":[18446744073709551615]}")
                .contains("\"0040A0B0\":{\"vr\":\"SV\",\"Value\":[-9223372036854775808]}")
                .contains("\"00081115\":{\"vr\":\"SQ\",\"Value\":[{}]}")
                .contains("\"00091001\":{\"vr\":\"OB\",\"InlineBinary\":\"AQID\"}");
    }

    @Test
    void personNameEmptyGroupsAreNotCarried() {
        DataSet ds = new DataSet();
        ds.setString(0x00100010, VR.PN, "Doe^John=", "==", "==Phon");
        String json = DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT);
        assertThat(json).isEqualTo("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^John\"},null,"
                + "{\"Phonetic\":\"Phon\"}]}}");
        // Trailing empty groups and names of empty groups only come back in their shortest form.
        assertThat(DicomJsonReader.read(json).getStrings(0x00100010)).containsExactly("Doe^John", "", "==Phon");
    }

    @Test
    void nanAndInfinityAreStringsThatReadBack() {
        DataSet ds = new DataSet();
        ds.setDouble(0x00189089, VR.FL, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.5);
        ds.setDouble(0x00189087, VR.FD, Double.NaN, Double.NEGATIVE_INFINITY, 0.1);

        String json = DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT);

        assertThat(json).isEqualTo("{\"00189087\":{\"vr\":\"FD\",\"Value\":[\"NaN\",\"-Infinity\",0.1]},"
                + "\"00189089\":{\"vr\":\"FL\",\"Value\":[\"NaN\",\"Infinity\",\"-Infinity\",1.5]}}");
        assertThat(DicomJsonReader.read(json)).isEqualTo(ds);
    }

    @Test
    void encapsulatedPixelDataIsItsItemStream() throws Exception {
        DataSet ds = new DataSet();
        Fragments f = TestData.encapsulated();
        ds.put(Element.ofFragments(TestData.PIXEL_DATA, VR.OB, f));

        String json = DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT);
        String base64 = java.util.Base64.getEncoder().encodeToString(BinaryValues.encapsulatedBytes(f));
        assertThat(json).isEqualTo("{\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"" + base64 + "\"}}");
        // Item tag (FFFE,E000) little-endian, then the Basic Offset Table length.
        assertThat(java.util.Base64.getDecoder().decode(base64)).startsWith(0xFE, 0xFF, 0x00, 0xE0, 8, 0, 0, 0);

        Element back = DicomJsonReader.read(json).get(TestData.PIXEL_DATA);
        assertThat(back.isFragments()).isTrue();
        assertThat(back.fragments().basicOffsetTable()).isEqualTo(f.basicOffsetTable());
        assertThat(back.fragments().size()).isEqualTo(2);
        assertThat(back.fragments().fragment(0)).isEqualTo(f.fragment(0)).hasSize(7);
        assertThat(back.fragments().fragment(1)).isEqualTo(f.fragment(1));
    }

    @Test
    void emptyEncapsulatedPixelDataStaysEncapsulated() {
        DataSet ds = new DataSet();
        ds.put(Element.ofFragments(TestData.PIXEL_DATA, VR.OB, new Fragments()));
        DataSet back = DicomJsonReader.read(DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT));
        assertThat(back.get(TestData.PIXEL_DATA).isFragments()).isTrue();
        assertThat(back).isEqualTo(ds);
    }

    @Test
    void nativePixelDataIsPlainInlineBinary() {
        DataSet ds = new DataSet();
        ds.setBytes(TestData.PIXEL_DATA, VR.OW, Values.encodeIntegers(VR.OW, 0xFFFE, 0xE000, 0, 0));
        DataSet back = DicomJsonReader.read(DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT));
        assertThat(back.get(TestData.PIXEL_DATA).isFragments()).isFalse();
        assertThat(back).isEqualTo(ds);
    }

    private static void collectVrs(DataSet ds, Set<VR> out) {
        for (Element e : ds) {
            out.add(e.vr());
            if (e.isSequence()) {
                for (DataSet item : e.sequence()) {
                    collectVrs(item, out);
                }
            }
        }
    }
}
