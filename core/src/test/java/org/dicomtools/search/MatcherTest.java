// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatcherTest {

    @Test
    void plainTextIsACaseInsensitiveSubstring() {
        Matcher m = Matcher.of("doe");
        assertThat(m).isInstanceOf(SubstringMatcher.class);
        assertThat(m.matches("DOE^JANE")).isTrue();
        assertThat(m.matches("JANE DOE")).isTrue();
        assertThat(m.matches("SMITH^JANE")).isFalse();
    }

    @Test
    void substringTreatsRegexCharactersLiterally() {
        assertThat(Matcher.of("1.2").matches("1.2.840")).isTrue();
        assertThat(Matcher.of("1.2").matches("1x2")).isFalse();
        assertThat(Matcher.of("T1+C (").matches("AX T1+C (GAD)")).isTrue();
    }

    @Test
    void substringIgnoresCaseBeyondAscii() {
        assertThat(Matcher.of("hôpital général").matches("HÔPITAL GÉNÉRAL D'EXEMPLE")).isTrue();
    }

    @Test
    void starIsAWildcardAnchoredAtTheStartOnly() {
        Matcher m = Matcher.of("ct*");
        assertThat(m).isInstanceOf(WildcardMatcher.class);
        assertThat(m.matches("CT")).isTrue();
        assertThat(m.matches("CTA HEAD")).isTrue();
        assertThat(m.matches("PET CT")).isFalse();
        assertThat(Matcher.of("*head").matches("CT HEAD W/O")).isTrue();
        assertThat(Matcher.of("*head").matches("CT NECK")).isFalse();
        assertThat(Matcher.of("*").matches("")).isTrue();
    }

    @Test
    void questionMarkIsExactlyOneCharacter() {
        Matcher m = Matcher.of("D?E^*");
        assertThat(m.matches("DOE^JANE")).isTrue();
        assertThat(m.matches("DUE^JOHN")).isTrue();
        assertThat(m.matches("DE^JANE")).isFalse();
        assertThat(m.matches("DOOE^JANE")).isFalse();
        assertThat(Matcher.of("??").matches("A")).isFalse();
    }

    @Test
    void regexCharactersInAWildcardPatternAreLiteral() {
        // The seed turned "1.2.3*" into the regex 1.2.3.* so "." matched any character; fixed here.
        assertThat(Matcher.of("1.2.3*").matches("1.2.3.4")).isTrue();
        assertThat(Matcher.of("1.2.3*").matches("1x2y3.4")).isFalse();
        assertThat(Matcher.of("T1+C*").matches("T1+C AX")).isTrue();
        assertThat(Matcher.of("T1+C*").matches("T11C AX")).isFalse();
        assertThat(Matcher.of("(AX)*").matches("(AX) T2")).isTrue();
        assertThat(Matcher.of("a[1]*").matches("A[1] b")).isTrue();
        assertThat(Matcher.of("\\Q*").matches("\\Q and more")).isTrue();
        assertThat(Matcher.of("$^*").matches("$^x")).isTrue();
    }

    @Test
    void wildcardStarRunsAcrossLineBreaks() {
        assertThat(Matcher.of("line one*two").matches("line one\nline two")).isTrue();
    }

    @Test
    void slashesMakeACaseInsensitiveRegexSearch() {
        Matcher m = Matcher.of("/^1[0-9]$/");
        assertThat(m).isInstanceOf(RegexMatcher.class);
        assertThat(m.matches("12")).isTrue();
        assertThat(m.matches("112")).isFalse();
        assertThat(Matcher.of("/ax.*t2/").matches("SAG, AX FLAIR T2")).isTrue();
        assertThat(Matcher.of("/").matches("a/b")).isTrue(); // a lone slash is a substring
    }

    @Test
    void aBadRegexSaysWhyWithoutEchoingThePattern() {
        assertThatThrownBy(() -> Matcher.of("/DOE^JANE(/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid regular expression: Unclosed group")
                .message().doesNotContain("DOE");
    }
}
