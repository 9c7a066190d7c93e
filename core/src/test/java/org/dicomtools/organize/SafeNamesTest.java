// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SafeNamesTest {

    @Test
    void aRemovedFormatCharacterBetweenCombiningMarksStillGivesAStableName() {
        // Found by the property with jqwik's seed -3150553443920839725: U+0300 and U+0316 reordered on a second pass.
        String once = SafeNames.sanitize("a\u0300\u200B\u0316b");
        assertThat(SafeNames.sanitize(once)).isEqualTo(once);
        assertThat(once).isEqualTo(java.text.Normalizer.normalize("a\u0316\u0300b", java.text.Normalizer.Form.NFC));
    }

    @Test
    void keepsOrdinaryNamesAndCarets() {
        assertThat(SafeNames.sanitize("Normal Name")).isEqualTo("Normal Name");
        assertThat(SafeNames.sanitize("DOE^JANE")).isEqualTo("DOE^JANE");
        assertThat(SafeNames.sanitize("20240315")).isEqualTo("20240315");
    }

    @Test
    void missingEmptyAndNotApplicableBecomeUnknown() {
        assertThat(SafeNames.sanitize(null)).isEqualTo("Unknown");
        assertThat(SafeNames.sanitize("")).isEqualTo("Unknown");
        assertThat(SafeNames.sanitize("   ")).isEqualTo("Unknown");
        assertThat(SafeNames.sanitize("N/A")).isEqualTo("Unknown");
        assertThat(SafeNames.sanitize("...")).isEqualTo("Unknown");
        assertThat(SafeNames.sanitize("\u200B")).isEqualTo("Unknown");
    }

    @Test
    void separatorsAndTraversalCannotAddOrClimbLevels() {
        assertThat(SafeNames.sanitize("../../x")).isEqualTo("_.._x");
        assertThat(SafeNames.sanitize("..")).isEqualTo("Unknown");
        assertThat(SafeNames.sanitize("a/b\\c")).isEqualTo("a_b_c");
        assertThat(SafeNames.sanitize("/etc/passwd")).isEqualTo("_etc_passwd");
        assertThat(SafeNames.sanitize("<>:\"|?*")).isEqualTo("_______");
        assertThat(SafeNames.sanitize("a:b")).isEqualTo("a_b");
    }

    @Test
    void hiddenTrailingAndControlCharactersAreCleaned() {
        assertThat(SafeNames.sanitize(".hidden")).isEqualTo("hidden");
        assertThat(SafeNames.sanitize("trailing. ")).isEqualTo("trailing");
        assertThat(SafeNames.sanitize("a\u0000b\u0007c\u007F")).isEqualTo("a_b_c_");
        assertThat(SafeNames.sanitize("line\r\none\ttab")).isEqualTo("line one tab");
        assertThat(SafeNames.sanitize("a    b\u00A0\u2003c")).isEqualTo("a b c");
        assertThat(SafeNames.sanitize("evil\u202Etxt.exe")).isEqualTo("eviltxt.exe");
        assertThat(SafeNames.sanitize("x\uD800y")).isEqualTo("x_y");
        assertThat(SafeNames.sanitize("_ \u200B _")).isEqualTo("_ _"); // found by the property below
    }

    @Test
    void windowsDeviceNamesAreGuardedInAnyCaseAndWithAnExtension() {
        assertThat(SafeNames.sanitize("CON")).isEqualTo("CON_");
        assertThat(SafeNames.sanitize("con.txt")).isEqualTo("con_.txt");
        assertThat(SafeNames.sanitize("Lpt9")).isEqualTo("Lpt9_");
        assertThat(SafeNames.sanitize("COM1.dcm")).isEqualTo("COM1_.dcm");
        assertThat(SafeNames.sanitize("nul ")).isEqualTo("nul_");
        assertThat(SafeNames.sanitize("CONSOLE")).isEqualTo("CONSOLE");
        assertThat(SafeNames.sanitize("COM10")).isEqualTo("COM10");
    }

    @Test
    void longValuesAreCutToOneHundredCharactersAndTheByteLimit() {
        assertThat(SafeNames.sanitize("x".repeat(300))).isEqualTo("x".repeat(100));
        String han = SafeNames.sanitize("名".repeat(300)); // 3 bytes each: the byte limit cuts first
        assertThat(han).isEqualTo("名".repeat(80));
        String emoji = SafeNames.sanitize("\uD83D\uDE00".repeat(100)); // 4 bytes each, never split
        assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isEqualTo(240);
        assertThat(emoji).isEqualTo("\uD83D\uDE00".repeat(60));
        assertThat(SafeNames.sanitize("a".repeat(99) + " b")).isEqualTo("a".repeat(99));
    }

    @Test
    void unicodeIsKeptInComposedForm() {
        assertThat(SafeNames.sanitize("Ünïcødé^名前")).isEqualTo("Ünïcødé^名前");
        assertThat(SafeNames.sanitize("U\u0308nic")).isEqualTo("\u00DCnic");
    }

    @Test
    void aCutFileNameKeepsItsExtension() {
        String name = SafeNames.component("y".repeat(300) + ".dcm", true);
        assertThat(name).endsWith(".dcm").hasSize(240);
        assertThat(SafeNames.component("y".repeat(300) + ".dcm", false)).hasSize(240).doesNotContain(".");
    }

    @Property(tries = 5000)
    void everyResultIsASafeNameAndSanitisingAgainChangesNothing(@ForAll("hostile") String value) {
        String s = SafeNames.sanitize(value);
        assertSafe(s);
        assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(SafeNames.MAX_CHARS);
        assertThat(SafeNames.sanitize(s)).isEqualTo(s);
        String c = SafeNames.component(value + value, true);
        assertSafe(c);
        assertThat(SafeNames.component(c, true)).isEqualTo(c);
    }

    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "LPT1", "COM9", "LPT0");

    private static void assertSafe(String s) {
        assertThat(s).isNotEmpty().isNotEqualTo(".").isNotEqualTo("..");
        assertThat(s).doesNotContain("/", "\\", "<", ">", ":", "\"", "|", "?", "*", "  ");
        assertThat(s.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7F)).isTrue();
        assertThat(s).doesNotStartWith(".").doesNotStartWith(" ").doesNotEndWith(".").doesNotEndWith(" ");
        assertThat(s.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeNames.MAX_BYTES);
        int dot = s.indexOf('.');
        assertThat(DEVICES).doesNotContain((dot < 0 ? s : s.substring(0, dot)).strip().toUpperCase(Locale.ROOT));
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(ch)).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("..", ".", "/", "\\", "CON", "con", "lpt1", "nul.", ":", "*", " ", "  ", "\t", "\n",
                        "\u0000", "\u001F", "\u202E", "N/A", "Ünï", "名前", "\uD83D\uDE00", "\uD800", "^", "x", "a.b"),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(10));
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
