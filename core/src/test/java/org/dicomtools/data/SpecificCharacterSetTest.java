// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecificCharacterSetTest {

    private static final int ESC = 0x1B;

    /** Bytes from ints and ASCII strings, so that test data can follow the byte listings of PS3.5. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                for (char c : s.toCharArray()) {
                    out.write(c);
                }
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static SpecificCharacterSet of(String... terms) {
        return SpecificCharacterSet.of(Arrays.asList(terms));
    }

    private static String decode(SpecificCharacterSet cs, VR vr, Object... parts) {
        return cs.decode(bytes(parts), vr);
    }

    @Test
    void theJdkHasEveryCharsetUsed() {
        assertThat(Iso2022CodeElement.values()).allSatisfy(e -> assertThat(e.available()).as(e.name()).isTrue());
        assertThat(List.of("UTF-8", "GB18030", "GBK", "EUC-JP", "EUC-KR", "GB2312", "JIS_X0201", "x-iso-8859-11"))
                .allSatisfy(name -> assertThat(Charset.isSupported(name)).as(name).isTrue());
    }

    @Test
    void defaultRepertoireReadsHighBytesAsLatin1() {
        SpecificCharacterSet cs = SpecificCharacterSet.DEFAULT;
        assertThat(cs.isDefault()).isTrue();
        assertThat(cs.terms()).isEmpty();
        assertThat(cs.warnings()).isEmpty();
        assertThat(decode(cs, VR.PN, "Caf", 0xE9)).isEqualTo("Café");
        assertThat(cs.encode("Smith^John", VR.PN)).isEqualTo(bytes("Smith^John"));
        assertThatThrownBy(() -> cs.encode("Café", VR.LO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'é' (U+00E9) at index 3");
        assertThat(cs.toString()).isEqualTo("SpecificCharacterSet[default]");
    }

    @Test
    void emptyTermsGiveTheDefault() {
        assertThat(SpecificCharacterSet.of(null)).isSameAs(SpecificCharacterSet.DEFAULT);
        assertThat(SpecificCharacterSet.of(List.of())).isSameAs(SpecificCharacterSet.DEFAULT);
        assertThat(of("")).isSameAs(SpecificCharacterSet.DEFAULT);
        assertThat(of(" ", "")).isSameAs(SpecificCharacterSet.DEFAULT);
        assertThat(of("ISO_IR 6").isDefault()).isTrue();
        assertThat(of("ISO 2022 IR 6").isDefault()).isTrue();
    }

    @Test
    void latin1() {
        SpecificCharacterSet cs = of("ISO_IR 100");
        assertThat(cs.isDefault()).isFalse();
        assertThat(cs.terms()).containsExactly("ISO_IR 100");
        assertThat(decode(cs, VR.PN, "Buc^J", 0xE9, "r", 0xF4, "me")).isEqualTo("Buc^Jérôme");
        assertThat(cs.encode("Buc^Jérôme", VR.PN)).isEqualTo(bytes("Buc^J", 0xE9, "r", 0xF4, "me"));
        assertThatThrownBy(() -> cs.encode("Erdős", VR.PN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ő' (U+0151)")
                .hasMessageContaining("ISO_IR 100");
        assertThat(cs.toString()).isEqualTo("SpecificCharacterSet[ISO_IR 100]");
    }

    @Test
    void valuesOfVrsWithoutCharacterSetUseTheDefaultRepertoire() {
        SpecificCharacterSet cs = of("ISO_IR 192");
        assertThat(decode(cs, VR.CS, 0xC3, 0xA9)).isEqualTo("Ã©");
        assertThat(decode(cs, VR.LO, 0xC3, 0xA9)).isEqualTo("é");
        assertThatThrownBy(() -> cs.encode("é", VR.CS)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "ISO_IR 100, é, E9", "ISO_IR 101, ő, F5", "ISO_IR 109, ĝ, F8", "ISO_IR 110, ā, E0",
        "ISO_IR 144, Л, BB", "ISO_IR 127, ق, E2", "ISO_IR 126, Δ, C4", "ISO_IR 138, ש, F9",
        "ISO_IR 148, ş, FE", "ISO_IR 203, €, A4", "ISO_IR 166, ก, A1", "ISO_IR 13, ｱ, B1",
        "ISO 2022 IR 100, é, E9", "ISO 2022 IR 144, Л, BB", "ISO 2022 IR 166, ก, A1",
    })
    void singleByteSets(String term, String ch, String hex) {
        SpecificCharacterSet cs = of(term);
        byte[] expected = bytes("A", Integer.parseInt(hex, 16), "^b");
        assertThat(cs.encode("A" + ch + "^b", VR.PN)).isEqualTo(expected);
        assertThat(cs.decode(expected, VR.PN)).isEqualTo("A" + ch + "^b");
        assertThat(cs.warnings()).isEmpty();
    }

    @Test
    void utf8() {
        SpecificCharacterSet cs = of("ISO_IR 192");
        String name = "Wang^XiaoDong=王^小東=";
        assertThat(cs.decode(cs.encode(name, VR.PN), VR.PN)).isEqualTo(name);
        assertThat(decode(cs, VR.LO, 0xE7, 0x8E, 0x8B)).isEqualTo("王");
        assertThat(cs.encode("Größe", VR.LT)).isEqualTo(bytes("Gr", 0xC3, 0xB6, 0xC3, 0x9F, "e"));
        assertThat(cs.decode(cs.encode("Größe 😀", VR.UT), VR.UT)).isEqualTo("Größe 😀");
        assertThatThrownBy(() -> cs.encode("bad \uD800", VR.LO)).hasMessageContaining("U+D800");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK"})
    void chineseWithoutCodeExtensions(String term) {
        SpecificCharacterSet cs = of(term);
        assertThat(cs.encode("Wang^XiaoDong=王^小东=", VR.PN))
                .isEqualTo(bytes("Wang^XiaoDong=", 0xCD, 0xF5, "^", 0xD0, 0xA1, 0xB6, 0xAB, "="));
        assertThat(decode(cs, VR.PN, "Wang^XiaoDong=", 0xCD, 0xF5, "^", 0xD0, 0xA1, 0xB6, 0xAB, "="))
                .isEqualTo("Wang^XiaoDong=王^小东=");
    }

    @Test
    void gb18030HoldsAllOfUnicodeButGbkDoesNot() {
        assertThat(of("GB18030").decode(of("GB18030").encode("😀é", VR.LO), VR.LO)).isEqualTo("😀é");
        assertThatThrownBy(() -> of("GBK").encode("😀", VR.LO)).hasMessageContaining("U+1F600");
    }

    /** PS3.5 Example H.3-1: ESC $ B selects JIS X 0208 in G0, ESC ( B returns to ASCII before each delimiter. */
    private static final byte[] ANNEX_H_1 = bytes("Yamada^Tarou=",
            ESC, "$B", 0x3B, 0x33, 0x45, 0x44, ESC, "(B", "^", ESC, "$B", 0x42, 0x40, 0x4F, 0x3A, ESC, "(B", "=",
            ESC, "$B", 0x24, 0x64, 0x24, 0x5E, 0x24, 0x40, ESC, "(B", "^",
            ESC, "$B", 0x24, 0x3F, 0x24, 0x6D, 0x24, 0x26, ESC, "(B");

    @Test
    void japaneseExampleOfAnnexH1() {
        SpecificCharacterSet cs = of("", "ISO 2022 IR 87");
        assertThat(cs.isDefault()).isFalse();
        assertThat(cs.warnings()).isEmpty();
        assertThat(cs.decode(ANNEX_H_1, VR.PN)).isEqualTo("Yamada^Tarou=山田^太郎=やまだ^たろう");
        assertThat(cs.encode("Yamada^Tarou=山田^太郎=やまだ^たろう", VR.PN)).isEqualTo(ANNEX_H_1);
        assertThat(cs.toString()).isEqualTo("SpecificCharacterSet[\\ISO 2022 IR 87]");
    }

    /** PS3.5 Example H.3-2: value 1 is JIS X 0201 (Romaji in G0, half-width Katakana in G1). */
    @Test
    void japaneseExampleOfAnnexH2() {
        byte[] encoded = bytes(0xD4, 0xCF, 0xC0, 0xDE, "^", 0xC0, 0xDB, 0xB3, "=",
                ESC, "$B", 0x3B, 0x33, 0x45, 0x44, ESC, "(J", "^", ESC, "$B", 0x42, 0x40, 0x4F, 0x3A, ESC, "(J", "=",
                ESC, "$B", 0x24, 0x64, 0x24, 0x5E, 0x24, 0x40, ESC, "(J", "^",
                ESC, "$B", 0x24, 0x3F, 0x24, 0x6D, 0x24, 0x26, ESC, "(J");
        String name = "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう";
        SpecificCharacterSet cs = of("ISO 2022 IR 13", "ISO 2022 IR 87");
        assertThat(cs.decode(encoded, VR.PN)).isEqualTo(name);
        assertThat(cs.encode(name, VR.PN)).isEqualTo(encoded);
    }

    @Test
    void japaneseSupplementaryKanjiOfIr159() {
        SpecificCharacterSet cs = of("", "ISO 2022 IR 87", "ISO 2022 IR 159");
        byte[] encoded = bytes("A=", ESC, "$B", 0x3B, 0x33, ESC, "$(D", 0x30, 0x21, 0x2B, 0x31, ESC, "(B");
        assertThat(cs.encode("A=山丂é", VR.PN)).isEqualTo(encoded);
        assertThat(cs.decode(encoded, VR.PN)).isEqualTo("A=山丂é");
        assertThatThrownBy(() -> of("", "ISO 2022 IR 87").encode("丂", VR.PN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'丂' (U+4E02) at index 0")
                .hasMessageContaining("\\ISO 2022 IR 87");
    }

    @Test
    void japaneseMultipleValuesAndText() {
        SpecificCharacterSet cs = of("", "ISO 2022 IR 87");
        byte[] lo = cs.encode("山田\\太郎", VR.LO);
        assertThat(lo).isEqualTo(bytes(ESC, "$B", 0x3B, 0x33, 0x45, 0x44, ESC, "(B", "\\",
                ESC, "$B", 0x42, 0x40, 0x4F, 0x3A, ESC, "(B"));
        assertThat(cs.decode(lo, VR.LO)).isEqualTo("山田\\太郎");
        String text = "山田 太郎\r\nline 2 やまだ\\";
        assertThat(cs.decode(cs.encode(text, VR.LT), VR.LT)).isEqualTo(text);
    }

    /** PS3.5 Example I.2-1: KS X 1001 in G1, designated again after each delimiter. */
    @Test
    void koreanExampleOfAnnexI() {
        byte[] encoded = bytes("Hong^Gildong=", ESC, "$)C", 0xFB, 0xF3, "^", ESC, "$)C", 0xD1, 0xCE, 0xD4, 0xD7,
                "=", ESC, "$)C", 0xC8, 0xAB, "^", ESC, "$)C", 0xB1, 0xE6, 0xB5, 0xBF);
        SpecificCharacterSet cs = of("", "ISO 2022 IR 149");
        assertThat(cs.decode(encoded, VR.PN)).isEqualTo("Hong^Gildong=洪^吉洞=홍^길동");
        assertThat(cs.encode("Hong^Gildong=洪^吉洞=홍^길동", VR.PN)).isEqualTo(encoded);
    }

    /** PS3.5 Example I.3-1: once G1 holds KS X 1001, Hangul and ASCII mix freely until the end of the line. */
    @Test
    void koreanLongTextOfAnnexI() {
        byte[] encoded = bytes(ESC, "$)C", "The first line includes ", 0xC7, 0xD1, 0xB1, 0xDB, ".\r\n",
                ESC, "$)C", "The second line includes ", 0xC7, 0xD1, 0xB1, 0xDB, ", too.\r\n", "The third line");
        assertThat(of("", "ISO 2022 IR 149").decode(encoded, VR.LT)).isEqualTo(
                "The first line includes 한글.\r\nThe second line includes 한글, too.\r\nThe third line");
        // Without the escape sequence at the head of the third line the G1 bytes are not Hangul.
        assertThat(decode(of("", "ISO 2022 IR 149"), VR.LT, ESC, "$)C", 0xC7, 0xD1, "\n", 0xC7, 0xD1))
                .isEqualTo("한\nÇÑ");
    }

    /** PS3.5 Example K.3-1: GB 2312 in G1, designated again on each line. */
    @Test
    void chineseLongTextOfAnnexK() {
        byte[] encoded = bytes(
                "1.", ESC, "$)A", 0xB5, 0xDA, 0xD2, 0xBB, 0xD0, 0xD0, 0xCE, 0xC4, 0xD7, 0xD6, 0xA1, 0xA3, "\r\n",
                "2.", ESC, "$)A", 0xB5, 0xDA, 0xB6, 0xFE, 0xD0, 0xD0, 0xCE, 0xC4, 0xD7, 0xD6, 0xA1, 0xA3, "\r\n",
                "3.", ESC, "$)A", 0xB5, 0xDA, 0xC8, 0xFD, 0xD0, 0xD0, 0xCE, 0xC4, 0xD7, 0xD6, 0xA1, 0xA3, "\r\n");
        String text = "1.第一行文字。\r\n2.第二行文字。\r\n3.第三行文字。\r\n";
        SpecificCharacterSet cs = of("", "ISO 2022 IR 58");
        assertThat(cs.decode(encoded, VR.LT)).isEqualTo(text);
        assertThat(cs.encode(text, VR.LT)).isEqualTo(encoded);
    }

    @Test
    void delimitersReturnToTheSetsOfValue1() {
        SpecificCharacterSet cs = of("ISO 2022 IR 100", "ISO 2022 IR 144");
        byte[] bytes = bytes(ESC, "-L", 0xBB, "^", 0xE9, "\\", 0xE9);
        assertThat(cs.decode(bytes, VR.PN)).isEqualTo("Л^é\\é");
        assertThat(cs.decode(bytes, VR.LO)).isEqualTo("Л^щ\\é");
        assertThat(cs.decode(bytes, VR.LT)).isEqualTo("Л^щ\\щ");
        assertThat(decode(cs, VR.LT, ESC, "-L", 0xBB, "\t", 0xE9)).isEqualTo("Л\té");
        // The writer re-designates ISO-IR 100 to G1 before the delimiter.
        assertThat(cs.encode("Л^é", VR.PN)).isEqualTo(bytes(ESC, "-L", 0xBB, ESC, "-A", "^", 0xE9));
        assertThat(cs.encode("éЛ", VR.LO)).isEqualTo(bytes(0xE9, ESC, "-L", 0xBB, ESC, "-A"));
    }

    @Test
    void unknownEscapeSequencesAreKept() {
        SpecificCharacterSet cs = of("", "ISO 2022 IR 87");
        assertThat(decode(cs, VR.LO, "a", ESC, "(Zb", ESC)).isEqualTo("a\u001B(Zb\u001B");
        // A known set that (0008,0005) forgot is still read.
        assertThat(decode(cs, VR.LO, ESC, "$)C", 0xC7, 0xD1)).isEqualTo("한");
        assertThatThrownBy(() -> cs.encode("a\u001Bb", VR.LO)).hasMessageContaining("U+001B");
    }

    @Test
    void readsOtherDesignationsOfTheKnownSets() {
        SpecificCharacterSet cs = of("", "ISO 2022 IR 87");
        // ESC $ @: JIS C 6226-1978, read with the JIS X 0208 table.
        assertThat(decode(cs, VR.LO, ESC, "$@", 0x3B, 0x33, ESC, "(B", "a")).isEqualTo("山a");
        // ESC $ A: GB 2312 designated to G0 (the DICOM designation is ESC $ ) A, to G1).
        assertThat(decode(of("", "ISO 2022 IR 58"), VR.LO, ESC, "$A", 0x35, 0x5A, ESC, "(B", "a")).isEqualTo("第a");
        // ESC ( I: JIS X 0201 Katakana designated to G0.
        assertThat(decode(of("ISO 2022 IR 13"), VR.LO, ESC, "(I", 0x31, ESC, "(J", "a")).isEqualTo("ｱa");
    }

    @Test
    void unknownTermFallsBackToLatin1WithAWarning() {
        SpecificCharacterSet cs = of("ISO_IR 999");
        assertThat(cs.warnings())
                .containsExactly("unknown Specific Character Set term 'ISO_IR 999', decoding as ISO-8859-1");
        assertThat(cs.isDefault()).isTrue();
        assertThat(cs.terms()).containsExactly("ISO_IR 999");
        assertThat(decode(cs, VR.PN, "Caf", 0xE9)).isEqualTo("Café");
    }

    @Test
    void unknownTermsAmongOthersAreIgnored() {
        SpecificCharacterSet cs = of("", "ISO 2022 IR 87", "ISO 2022 IR 999");
        assertThat(cs.warnings()).containsExactly("unknown Specific Character Set term 'ISO 2022 IR 999', ignored");
        assertThat(cs.decode(ANNEX_H_1, VR.PN)).isEqualTo("Yamada^Tarou=山田^太郎=やまだ^たろう");
        assertThat(of("", "FOO").isDefault()).isTrue();
    }

    @Test
    void commonMisspellingsAreReadWithAWarning() {
        SpecificCharacterSet cs = of("ISO-IR 100");
        assertThat(cs.warnings()).containsExactly("non-standard Specific Character Set term 'ISO-IR 100' read as "
                + "'ISO_IR 100'");
        assertThat(decode(cs, VR.PN, 0xE9)).isEqualTo("é");
        assertThat(of("utf-8").decode(bytes(0xC3, 0xA9), VR.LO)).isEqualTo("é");
        assertThat(of("", "iso2022 ir87").warnings())
                .containsExactly("non-standard Specific Character Set term 'iso2022 ir87' read as 'ISO 2022 IR 87'");
    }

    @Test
    void unicodeCannotBeCombinedWithCodeExtensions() {
        SpecificCharacterSet cs = of("ISO 2022 IR 100", "ISO_IR 192");
        assertThat(cs.warnings()).containsExactly("'ISO_IR 192' cannot be combined with other terms; using it alone");
        assertThat(decode(cs, VR.LO, 0xC3, 0xA9)).isEqualTo("é");
    }

    @Test
    void singleByteTermsWithCodeExtensionsAreReadAsTheirIso2022Form() {
        SpecificCharacterSet cs = of("ISO_IR 100", "ISO 2022 IR 87");
        assertThat(cs.warnings()).containsExactly("'ISO_IR 100' used with code extensions; read as 'ISO 2022 IR 100'");
        assertThat(cs.decode(cs.encode("é=山田", VR.PN), VR.PN)).isEqualTo("é=山田");
    }

    @Test
    void equalityFollowsTheTerms() {
        assertThat(of("ISO_IR 100")).isEqualTo(of(" ISO_IR 100 ")).hasSameHashCodeAs(of("ISO_IR 100"))
                .isNotEqualTo(of("ISO 2022 IR 100"));
        assertThat(of("", "ISO 2022 IR 87").terms()).containsExactly("", "ISO 2022 IR 87");
    }

    @Test
    void decodesASliceOfTheArray() {
        byte[] buffer = bytes("xx", 0xE9, "yy");
        assertThat(of("ISO_IR 100").decode(buffer, 2, 1, VR.LO)).isEqualTo("é");
        assertThatThrownBy(() -> of("ISO_IR 100").decode(buffer, 4, 2, VR.LO))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @ParameterizedTest
    @EnumSource(value = VR.class, names = {"PN", "LO", "SH", "UC", "LT", "ST", "UT"})
    void everyTextVrRoundTripsJapanese(VR vr) {
        SpecificCharacterSet cs = of("ISO 2022 IR 13", "ISO 2022 IR 87", "ISO 2022 IR 159");
        String value = "ﾔﾏﾀﾞ^山田=丂\\x y";
        assertThat(cs.decode(cs.encode(value, vr), vr)).isEqualTo(value);
    }

    @Property
    void japaneseRoundTrip(@ForAll("japanese") String value) {
        SpecificCharacterSet cs = of("", "ISO 2022 IR 87", "ISO 2022 IR 159");
        for (VR vr : List.of(VR.PN, VR.LO, VR.LT)) {
            assertThat(cs.decode(cs.encode(value, vr), vr)).isEqualTo(value);
        }
    }

    @Property
    void koreanRoundTrip(@ForAll("korean") String value) {
        SpecificCharacterSet cs = of("", "ISO 2022 IR 149");
        for (VR vr : List.of(VR.PN, VR.LO, VR.LT)) {
            assertThat(cs.decode(cs.encode(value, vr), vr)).isEqualTo(value);
        }
    }

    @Provide
    Arbitrary<String> japanese() {
        return Arbitraries.strings().withChars("Ab ^=\\\r\n山田太郎やまだたろう丂é").ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> korean() {
        return Arbitraries.strings().withChars("Ab ^=\\\r\n洪吉洞홍길동한글").ofMaxLength(20);
    }
}
