// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    @Test
    void aClosedRangeIsInclusive() {
        DateRange r = DateRange.parse("20240301-20240315");
        assertThat(r).isEqualTo(new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 15)));
        assertThat(r.matches("20240301")).isTrue();
        assertThat(r.matches("20240315")).isTrue();
        assertThat(r.matches("20240316")).isFalse();
        assertThat(r.matches("20240229")).isFalse();
    }

    @Test
    void openRangesHaveOneEnd() {
        DateRange after = DateRange.parse("20240315-");
        assertThat(after.to()).isNull();
        assertThat(after.matches("20240315")).isTrue();
        assertThat(after.matches("29991231")).isTrue();
        assertThat(after.matches("20240314")).isFalse();
        DateRange before = DateRange.parse("-20240315");
        assertThat(before.from()).isNull();
        assertThat(before.matches("19000101")).isTrue();
        assertThat(before.matches("20240316")).isFalse();
    }

    @Test
    void aSingleDateMatchesThatDayOnly() {
        DateRange r = DateRange.parse("20240315");
        assertThat(r.matches("20240315")).isTrue();
        assertThat(r.matches("20240316")).isFalse();
        assertThat(r.matches("2024.03.15")).isTrue(); // ACR-NEMA form in an old file
    }

    @Test
    void valuesThatAreNotDatesNeverMatch() {
        DateRange r = DateRange.parse("-29991231");
        assertThat(r.matches("")).isFalse();
        assertThat(r.matches("2024")).isFalse();
        assertThat(r.matches("20241345")).isFalse();
    }

    @Test
    void badInputIsRejectedNamingIt() {
        for (String bad : new String[] {"2024-03-15", "-", "", "20240315-2024", "202403150", "20240230",
                "20240315-20240301", "x20240315", "20240101--20240102"}) {
            assertThatThrownBy(() -> DateRange.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'").hasMessageContaining("expected YYYYMMDD");
        }
        assertThatThrownBy(() -> DateRange.parse("20240230")).hasMessageContaining("20240230 is not a calendar date");
        assertThatThrownBy(() -> DateRange.parse("20240315-20240301")).hasMessageContaining("ends before it starts");
    }

    @Test
    void digitsAroundAHyphenOrEightDigitsLookLikeARange() {
        assertThat(DateRange.looksLikeRange("20240315")).isTrue();
        assertThat(DateRange.looksLikeRange("2024-")).isTrue();
        assertThat(DateRange.looksLikeRange("-20240315")).isTrue();
        assertThat(DateRange.looksLikeRange("2024")).isFalse();
        assertThat(DateRange.looksLikeRange("2024*")).isFalse();
        assertThat(DateRange.looksLikeRange("/^2024/")).isFalse();
    }
}
