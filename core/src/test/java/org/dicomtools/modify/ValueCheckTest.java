// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dicomtools.data.VR;
import org.dicomtools.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueCheckTest {

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "AE|STATION_1", "AS|042Y", "CS|ORIGINAL\\PRIMARY", "CS|CT", "DA|20240229", "DS|-12.5e3", "DS|.5",
        "DT|20240131123456.789+0100", "DT|2024", "IS|-2147483648", "IS|+42", "LO|Any text, ünïcödé",
        "PN|DOE^JANE^^DR=ドウ^ジェーン", "SH|short", "TM|235960", "TM|1200", "UI|1.2.840.10008.1.2.1", "UI|0.1.20",
        "US|65535", "US|0x10", "SS|-32768", "UL|4294967295", "SL|-2147483648", "SV|-9223372036854775808",
        "UV|18446744073709551615", "FL|3.5", "FD|-1e300", "FD|NaN", "AT|(0010,0010)", "AT|00100020",
        "AT|PatientName", "ST|line one", "UR|https://example.org/a?b=c", "UC|very long " })
    void acceptsValidValues(String vr, String value) {
        assertThat(ValueCheck.check("X", VR.valueOf(vr), value)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} ''{1}'': {2}")
    @CsvSource(delimiter = '|', value = {
        "DA|20241341|StudyDate: '20241341' is not a valid DA (YYYYMMDD): not a calendar date",
        "DA|2024-01-01|not a date YYYYMMDD",
        "DA|2024.01.01|retired ACR-NEMA form",
        "DA|20240230|not a calendar date",
        "TM|25|StudyDate: '25' is not a valid TM (HHMMSS.FFFFFF): not a time of day",
        "TM|12:30:00|retired form",
        "IS|99999999999|'99999999999' is not a valid IS: outside -2^31 to 2^31-1",
        "IS|1.5|not an integer",
        "UI|1.2.abc|'1.2.abc' is not a valid UI (digits and dots): may hold only digits and dots",
        "UI|1.02.3|leading zero",
        "UI|1..3|empty component",
        "CS|ct|'ct' is not a valid CS (upper-case letters, digits, space, _): may hold only upper-case letters",
        "CS|ABCDEFGHIJKLMNOPQ|longer than 16 characters",
        "US|70000|'70000' is not a valid US: outside 0 to 65535",
        "US|-1|outside 0 to 65535",
        "SS|40000|outside -32768 to 32767",
        "UL|4294967296|outside 0 to 4294967295",
        "SL|abc|not an integer",
        "UV|-1|outside 0 to",
        "FL|1e39|too large for 32-bit",
        "FD|12,5|not a number",
        "AT|Foo|neither a tag nor a keyword",
        "AS|42Y|not an age",
        "DS|1,5|not a decimal number",
        "DS|12345678901234567|longer than 16 characters",
        "DT|20241301|not a calendar date",
        "AE|STATIONÄ|outside the default character repertoire",
        "SH|seventeen chars!!|longer than 16 characters",
        "PN|A=B=C=D|more than three component groups",
        "LO|a\tb|control character 0x09" })
    void refusesInvalidValuesNamingElementVrAndReason(String vr, String value, String message) {
        assertThatThrownBy(() -> ValueCheck.check("StudyDate", VR.valueOf(vr), value))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(message);
    }

    @Test
    void multipleValuesSplitOnBackslashExceptForSingleValuedText() {
        assertThat(ValueCheck.check("X", VR.CS, "A\\B\\C")).containsExactly("A", "B", "C");
        assertThat(ValueCheck.check("X", VR.US, "1\\2")).containsExactly("1", "2");
        assertThat(ValueCheck.check("X", VR.LT, "a\\b")).containsExactly("a\\b");
        assertThatThrownBy(() -> ValueCheck.check("X", VR.US, "1\\\\2")).hasMessageContaining("empty value");
        assertThatThrownBy(() -> ValueCheck.check("X", VR.DA, "20240101\\2024130"))
                .hasMessageContaining("'2024130'");
    }

    @Test
    void insignificantSpacesAreRemovedButLeadingSpacesOfTextKept() {
        assertThat(ValueCheck.check("X", VR.DA, " 20240101 ")).containsExactly("20240101");
        assertThat(ValueCheck.check("X", VR.LT, "  indented  ")).containsExactly("  indented");
    }

    @Test
    void anEmptyTextIsNoValue() {
        assertThat(ValueCheck.check("X", VR.DA, "")).isEmpty();
        assertThat(ValueCheck.check("X", VR.OB, "")).isEmpty();
    }

    @Test
    void binaryDataAndSequencesCannotBeGivenAsText() {
        assertThatThrownBy(() -> ValueCheck.check("X", VR.OB, "0102")).hasMessage(
                "X: VR OB holds binary data, which cannot be given as text");
        assertThatThrownBy(() -> ValueCheck.check("X", VR.SQ, "x")).hasMessage("X: VR SQ holds items, not a value");
    }

    @Test
    void binaryNumbersEncodeLittleEndian() {
        assertThat(ValueCheck.encodeBinary("X", VR.US, List.of("1", "0x0102"))).containsExactly(1, 0, 2, 1);
        assertThat(ValueCheck.encodeBinary("X", VR.SS, List.of("-2"))).containsExactly(0xFE, 0xFF);
        assertThat(ValueCheck.encodeBinary("X", VR.UL, List.of("4294967295"))).containsExactly(0xFF, 0xFF, 0xFF, 0xFF);
        assertThat(ValueCheck.encodeBinary("X", VR.UV, List.of("18446744073709551615")))
                .containsExactly(-1, -1, -1, -1, -1, -1, -1, -1);
        assertThat(ValueCheck.encodeBinary("X", VR.FL, List.of("1"))).containsExactly(0, 0, 0x80, 0x3F);
        assertThat(ValueCheck.encodeBinary("X", VR.AT, List.of("(0028,0010)"))).containsExactly(0x28, 0, 0x10, 0);
    }

    @Test
    void privateVrIsInferredFromTheValue() {
        assertThat(ValueCheck.inferPrivateVr("42")).isEqualTo(VR.IS);
        assertThat(ValueCheck.inferPrivateVr("1\\-2")).isEqualTo(VR.IS);
        assertThat(ValueCheck.inferPrivateVr("1.5")).isEqualTo(VR.DS);
        assertThat(ValueCheck.inferPrivateVr("99999999999")).isEqualTo(VR.DS);
        assertThat(ValueCheck.inferPrivateVr("hello")).isEqualTo(VR.LO);
        assertThat(ValueCheck.inferPrivateVr("x".repeat(65))).isEqualTo(VR.LT);
        assertThat(ValueCheck.inferPrivateVr("")).isEqualTo(VR.LO);
    }
}
