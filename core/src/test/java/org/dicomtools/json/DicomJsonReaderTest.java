// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** JSON written by others: the leniency F.2 allows, and clear errors for what it does not. */
class DicomJsonReaderTest {

    @Test
    void numbersKeepTheirTextAndStringsAreAcceptedForIsDsSvUv() {
        DataSet ds = DicomJsonReader.read("{"
                + "\"00200013\":{\"vr\":\"IS\",\"Value\":[\"007\", 12, null]},"
                + "\"00200032\":{\"vr\":\"DS\",\"Value\":[1.50, \"+2.5\", 1e3, 0.1234567890123456789]},"
                + "\"0040A0B0\":{\"vr\":\"SV\",\"Value\":[\"-9223372036854775808\"]},"
                + "\"7FE00002\":{\"vr\":\"UV\",\"Value\":[\"18446744073709551615\", 5.0]}}");
        assertThat(text(ds, 0x00200013)).isEqualTo("007\\12\\ ");
        assertThat(text(ds, 0x00200032)).isEqualTo("1.50\\+2.5\\1e3\\0.12345678901235");
        assertThat(ds.getLongs(0x0040A0B0)).containsExactly(Long.MIN_VALUE);
        assertThat(ds.getLongs(0x7FE00002)).containsExactly(-1L, 5L);
    }

    @Test
    void memberOrderDoesNotMatter() {
        DataSet ds = DicomJsonReader.read("{\"00200032\":{\"Value\":[1.50,-2],\"vr\":\"DS\"},"
                + "\"00081115\":{\"Value\":[{\"00100010\":{\"Value\":[{\"Alphabetic\":\"Doe^J\"}],\"vr\":\"PN\"}}],"
                + "\"vr\":\"SQ\"}}");
        assertThat(text(ds, 0x00200032)).isEqualTo("1.50\\-2 ");
        DataSet item = ds.getSequence(0x00081115).get(0);
        assertThat(item.parent()).isSameAs(ds);
        assertThat(item.getString(0x00100010)).isEqualTo("Doe^J");
    }

    @Test
    void personNamesRebuildTheirGroups() {
        DataSet ds = DicomJsonReader.read("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]},"
                + "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Phonetic\":\"P\"},{\"Alphabetic\":\"A\",\"Phonetic\":\"P\"},"
                + "null,{\"Ideographic\":\"I\"},\"Raw^Name\"]}}");
        assertThat(ds.getStrings(0x00100010)).containsExactly("==P", "A==P", "", "=I", "Raw^Name");
    }

    @Test
    void specificCharacterSetEncodesTheStrings() {
        DataSet ds = DicomJsonReader.read("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]},"
                + "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Müller^Jörg\"}]}}");
        assertThat(ds.getString(0x00080005)).isEqualTo("ISO_IR 100");
        assertThat(ds.get(0x00100010).bytes()).isEqualTo("Müller^Jörg ".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void textTheCharacterSetCannotHoldSwitchesToUtf8() {
        DataSet ds = DicomJsonReader.read("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 100\"]},"
                + "\"00080080\":{\"vr\":\"LO\",\"Value\":[\"Hôpital\"]},"
                + "\"00081115\":{\"vr\":\"SQ\",\"Value\":[{\"00081030\":{\"vr\":\"LO\",\"Value\":[\"Étude\"]}}]},"
                + "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\",\"Ideographic\":\"山田^太郎\"}]}}");
        assertThat(ds.getString(0x00080005)).isEqualTo("ISO_IR 192");
        assertThat(ds.getString(0x00100010)).isEqualTo("Yamada^Tarou=山田^太郎");
        // Values read before the switch were re-encoded, items included.
        assertThat(ds.get(0x00080080).bytes()).isEqualTo("Hôpital".getBytes(StandardCharsets.UTF_8));
        DataSet item = ds.getSequence(0x00081115).get(0);
        assertThat(item.get(0x00081030).bytes()).isEqualTo("Étude".getBytes(StandardCharsets.UTF_8));
        assertThat(item.getString(0x00081030)).isEqualTo("Étude");
    }

    @Test
    void withoutCharacterSetUnicodeTextAddsIsoIr192() {
        DataSet ds = DicomJsonReader.read("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Wang^XiaoDong\","
                + "\"Ideographic\":\"王^小東\"}]}}");
        assertThat(ds.getString(0x00080005)).isEqualTo("ISO_IR 192");
        assertThat(ds.get(0x00080005).vr()).isEqualTo(VR.CS);
        assertThat(ds.getString(0x00100010)).isEqualTo("Wang^XiaoDong=王^小東");
    }

    @Test
    void characterSetArrivingLateReencodesEarlierText() {
        DataSet ds = DicomJsonReader.read("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Jörg\"}]},"
                + "\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]}}");
        assertThat(ds.get(0x00100010).bytes()).isEqualTo("Jörg ".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty text|''|expected a JSON object, found nothing",
        "unclosed object|{\"00100010\":{\"vr\":\"PN\"|malformed JSON",
        "not an object|[1, 2]|expected a JSON object",
        "trailing content|{} {}|after the data set",
        "bad key|{\"0010001\":{\"vr\":\"PN\"}}|attribute key '0010001' is not a tag",
        "unknown VR|{\"00100010\":{\"vr\":\"XX\"}}|(0010,0010): unknown VR 'XX'",
        "missing VR|{\"00100010\":{\"Value\":[\"A\"]}}|(0010,0010): attribute has no vr",
        "unknown member|{\"00100010\":{\"vr\":\"PN\",\"value\":[]}}|unknown attribute member 'value'",
        "two forms|{\"00091001\":{\"vr\":\"OB\",\"InlineBinary\":\"AA==\",\"BulkDataURI\":\"file:///x\"}}|only one of",
        "bad base64|{\"00091001\":{\"vr\":\"OB\",\"InlineBinary\":\"!!!\"}}|InlineBinary is not valid base64",
        "Value for OB|{\"00091001\":{\"vr\":\"OB\",\"Value\":[1]}}|VR OB takes InlineBinary or BulkDataURI",
        "US out of range|{\"00280010\":{\"vr\":\"US\",\"Value\":[65536]}}|65536 is out of range for VR US",
        "UV negative|{\"7FE00002\":{\"vr\":\"UV\",\"Value\":[-1]}}|-1 is out of range for VR UV",
        "IS fraction|{\"00200013\":{\"vr\":\"IS\",\"Value\":[1.5]}}|1.5 is not an integer",
        "FL text|{\"00189089\":{\"vr\":\"FL\",\"Value\":[\"abc\"]}}|'abc' is not a number",
        "null binary|{\"00280010\":{\"vr\":\"US\",\"Value\":[null]}}|null is not a value of VR US",
        "number for CS|{\"00080060\":{\"vr\":\"CS\",\"Value\":[5]}}|VR CS takes strings",
        "bad AT|{\"00209165\":{\"vr\":\"AT\",\"Value\":[\"0010,0010\"]}}|is not a tag GGGGEEEE",
        "two LT values|{\"00104000\":{\"vr\":\"LT\",\"Value\":[\"a\",\"b\"]}}|VR LT takes one value",
        "bad PN group|{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Given\":\"J\"}]}}|unknown person name group 'Given'",
        "item not object|{\"00081115\":{\"vr\":\"SQ\",\"Value\":[1]}}|a sequence item must be an object",
        "duplicate key|{\"00100010\":{\"vr\":\"PN\"},\"00100010\":{\"vr\":\"PN\"}}|malformed JSON",
        "Value not array|{\"00100010\":{\"vr\":\"PN\",\"Value\":\"Doe\"}}|Value must be an array",
    })
    void problemsAreInvalidValueExceptions(String name, String json, String message) {
        assertThatThrownBy(() -> DicomJsonReader.read(json))
                .as(name)
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(message);
    }

    @Test
    void errorsSayWhere() {
        assertThatThrownBy(() -> DicomJsonReader.read("{\n  \"00280010\": {\"vr\": \"US\", \"Value\": [70000]}\n}"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("(0028,0010): 70000 is out of range for VR US (line 2, column 38)");
    }

    private static String text(DataSet ds, int tag) {
        return new String(ds.get(tag).bytes(), StandardCharsets.ISO_8859_1);
    }
}
