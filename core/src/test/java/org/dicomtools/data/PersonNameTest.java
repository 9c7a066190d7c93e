// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dicomtools.data.PersonName.Component.FAMILY;
import static org.dicomtools.data.PersonName.Component.GIVEN;
import static org.dicomtools.data.PersonName.Component.MIDDLE;
import static org.dicomtools.data.PersonName.Component.PREFIX;
import static org.dicomtools.data.PersonName.Component.SUFFIX;
import static org.dicomtools.data.PersonName.Group.ALPHABETIC;
import static org.dicomtools.data.PersonName.Group.IDEOGRAPHIC;
import static org.dicomtools.data.PersonName.Group.PHONETIC;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

    @Test
    void parsesTheJapaneseExampleOfAnnexH() {
        PersonName pn = PersonName.parse("Yamada^Tarou=山田^太郎=やまだ^たろう");
        assertThat(pn.alphabetic()).isEqualTo("Yamada^Tarou");
        assertThat(pn.ideographic()).isEqualTo("山田^太郎");
        assertThat(pn.phonetic()).isEqualTo("やまだ^たろう");
        assertThat(pn.component(ALPHABETIC, FAMILY)).isEqualTo("Yamada");
        assertThat(pn.component(ALPHABETIC, GIVEN)).isEqualTo("Tarou");
        assertThat(pn.component(IDEOGRAPHIC, FAMILY)).isEqualTo("山田");
        assertThat(pn.component(IDEOGRAPHIC, GIVEN)).isEqualTo("太郎");
        assertThat(pn.component(PHONETIC, GIVEN)).isEqualTo("たろう");
        assertThat(pn.component(PHONETIC, MIDDLE)).isEmpty();
        assertThat(pn.toString()).isEqualTo("Yamada^Tarou=山田^太郎=やまだ^たろう");
        assertThat(pn.toDisplayString()).isEqualTo("Tarou Yamada");
    }

    @Test
    void parsesAllFiveComponents() {
        PersonName pn = PersonName.parse("Adams^John Robert Quincy^^Rev.^B.A. M.Div.");
        assertThat(pn.component(ALPHABETIC, FAMILY)).isEqualTo("Adams");
        assertThat(pn.component(ALPHABETIC, GIVEN)).isEqualTo("John Robert Quincy");
        assertThat(pn.component(ALPHABETIC, MIDDLE)).isEmpty();
        assertThat(pn.component(ALPHABETIC, PREFIX)).isEqualTo("Rev.");
        assertThat(pn.component(ALPHABETIC, SUFFIX)).isEqualTo("B.A. M.Div.");
        assertThat(pn.ideographic()).isEmpty();
        assertThat(pn.toDisplayString()).isEqualTo("Rev. John Robert Quincy Adams, B.A. M.Div.");
    }

    @ParameterizedTest(name = "''{0}'' normalizes to ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "^^^^|''",
        "=|''",
        "==|''",
        "^=^=^|''",
        "Smith^John^^^|Smith^John",
        "Smith^John^^^=|Smith^John",
        "'Smith ^ John  '|Smith^John",
        "^John|^John",
        "=山田^太郎|=山田^太郎",
        "==やまだ|==やまだ",
        "Smith==スミス^|Smith==スミス",
        "A^B^C^D^E^F|A^B^C^D^E^F",
        "a=b=c=d|a=b=c=d",
    })
    void normalizes(String value, String expected) {
        assertThat(PersonName.parse(value).toString()).isEqualTo(expected);
    }

    @Test
    void emptyNames() {
        for (String value : new String[] {"", "^^^^", "=", "==", "  "}) {
            PersonName pn = PersonName.parse(value);
            assertThat(pn.isEmpty()).as(value).isTrue();
            assertThat(pn.toDisplayString()).isEmpty();
            assertThat(pn.component(PHONETIC, SUFFIX)).isEmpty();
        }
        assertThat(PersonName.parse("=").alphabetic()).isEmpty();
        assertThat(PersonName.parse("^^^^").alphabetic()).isEqualTo("^^^^");
    }

    @Test
    void keepsGroupsRawButComponentsTrimmed() {
        PersonName pn = PersonName.parse("Smith ^ John^^^=");
        assertThat(pn.alphabetic()).isEqualTo("Smith ^ John^^^");
        assertThat(pn.group(ALPHABETIC)).isEqualTo(pn.alphabetic());
        assertThat(pn.component(ALPHABETIC, FAMILY)).isEqualTo("Smith");
        assertThat(pn.component(ALPHABETIC, GIVEN)).isEqualTo("John");
    }

    @Test
    void extraDelimitersStayInTheLastPart() {
        PersonName pn = PersonName.parse("A^B^C^D^E^F=x=y=z");
        assertThat(pn.component(ALPHABETIC, SUFFIX)).isEqualTo("E^F");
        assertThat(pn.phonetic()).isEqualTo("y=z");
    }

    @Test
    void displayFallsBackToTheFirstNonEmptyGroup() {
        assertThat(PersonName.parse("=山田^太郎").toDisplayString()).isEqualTo("太郎 山田");
        assertThat(PersonName.parse("^^^^Jr.").toDisplayString()).isEqualTo("Jr.");
    }

    @Test
    void equalityFollowsTheNormalizedForm() {
        assertThat(PersonName.parse("Smith^John^^^")).isEqualTo(PersonName.parse("Smith^John"))
                .hasSameHashCodeAs(PersonName.parse("Smith^John"));
        assertThat(PersonName.parse("Smith^John")).isNotEqualTo(PersonName.parse("John^Smith"));
    }
}
