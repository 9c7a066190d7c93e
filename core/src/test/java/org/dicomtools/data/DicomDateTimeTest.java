// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dicomtools.data.DicomDateTime.PartialDateTime;
import org.dicomtools.data.DicomDateTime.PartialTime;
import org.dicomtools.data.DicomDateTime.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DicomDateTimeTest {

    @Test
    void parsesDates() {
        assertThat(DicomDateTime.parseDate("20240229")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DicomDateTime.parseDate("1993.08.22")).isEqualTo(LocalDate.of(1993, 8, 22));
        assertThat(DicomDateTime.parseDate("19930822 ")).isEqualTo(LocalDate.of(1993, 8, 22));
        assertThat(DicomDateTime.formatDate(LocalDate.of(7, 1, 2))).isEqualTo("00070102");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024022", "202402290", "20241301", "20230229", "2024-02-29", "2024.2.29", "2O240229"})
    void rejectsBadDates(String value) {
        assertThatThrownBy(() -> DicomDateTime.parseDate(value))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("invalid DA value '" + value + "'");
    }

    @Test
    void parsesTimesAtEveryPrecision() {
        assertTime("07", LocalTime.of(7, 0), Precision.HOURS);
        assertTime("0715", LocalTime.of(7, 15), Precision.MINUTES);
        assertTime("071530", LocalTime.of(7, 15, 30), Precision.SECONDS);
        assertTime("071530.1", LocalTime.of(7, 15, 30, 100_000_000), Precision.FRACTION1);
        assertTime("071530.12", LocalTime.of(7, 15, 30, 120_000_000), Precision.FRACTION2);
        assertTime("071530.123", LocalTime.of(7, 15, 30, 123_000_000), Precision.FRACTION3);
        assertTime("071530.1234", LocalTime.of(7, 15, 30, 123_400_000), Precision.FRACTION4);
        assertTime("071530.12345", LocalTime.of(7, 15, 30, 123_450_000), Precision.FRACTION5);
        assertTime("235959.999999", LocalTime.of(23, 59, 59, 999_999_000), Precision.FRACTION6);
        assertTime("000000.000100", LocalTime.of(0, 0, 0, 100_000), Precision.FRACTION6);
    }

    private static void assertTime(String value, LocalTime time, Precision precision) {
        PartialTime parsed = DicomDateTime.parseTime(value);
        assertThat(parsed).isEqualTo(new PartialTime(time, precision));
        assertThat(DicomDateTime.format(parsed)).isEqualTo(value);
        assertThat(parsed.toString()).isEqualTo(value);
    }

    @Test
    void acceptsAcrNemaTimesAndPadding() {
        assertThat(DicomDateTime.parseTime("07:15:30.5")).isEqualTo(
                new PartialTime(LocalTime.of(7, 15, 30, 500_000_000), Precision.FRACTION1));
        assertThat(DicomDateTime.parseTime("07:15")).isEqualTo(new PartialTime(LocalTime.of(7, 15), Precision.MINUTES));
        assertThat(DicomDateTime.parseTime("0715 ").precision()).isEqualTo(Precision.MINUTES);
    }

    @Test
    void readsALeapSecondAsSecond59() {
        assertThat(DicomDateTime.parseTime("235960").time()).isEqualTo(LocalTime.of(23, 59, 59));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "071", "24", "2400", "0760", "071561", "071530.", "071530.1234567", "0715.5",
        "07:15:", "ab"})
    void rejectsBadTimes(String value) {
        assertThatThrownBy(() -> DicomDateTime.parseTime(value))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("invalid TM value");
    }

    @Test
    void formattingTruncatesToThePrecision() {
        PartialTime t = new PartialTime(LocalTime.of(7, 15, 30, 987_654_321), Precision.FRACTION2);
        assertThat(t.time()).isEqualTo(LocalTime.of(7, 15, 30, 980_000_000));
        assertThat(DicomDateTime.format(t)).isEqualTo("071530.98");
        assertThatThrownBy(() -> new PartialTime(LocalTime.NOON, Precision.DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesDateTimesAtEveryPrecision() {
        assertDateTime("2024", LocalDateTime.of(2024, 1, 1, 0, 0), Precision.YEARS);
        assertDateTime("202403", LocalDateTime.of(2024, 3, 1, 0, 0), Precision.MONTHS);
        assertDateTime("20240315", LocalDateTime.of(2024, 3, 15, 0, 0), Precision.DAYS);
        assertDateTime("2024031509", LocalDateTime.of(2024, 3, 15, 9, 0), Precision.HOURS);
        assertDateTime("202403150945", LocalDateTime.of(2024, 3, 15, 9, 45), Precision.MINUTES);
        assertDateTime("20240315094512", LocalDateTime.of(2024, 3, 15, 9, 45, 12), Precision.SECONDS);
        assertDateTime("20240315094512.3", LocalDateTime.of(2024, 3, 15, 9, 45, 12, 300_000_000),
                Precision.FRACTION1);
        assertDateTime("20240315094512.345678", LocalDateTime.of(2024, 3, 15, 9, 45, 12, 345_678_000),
                Precision.FRACTION6);
    }

    private static void assertDateTime(String value, LocalDateTime expected, Precision precision) {
        PartialDateTime dt = DicomDateTime.parseDateTime(value);
        assertThat(dt.localDateTime()).isEqualTo(expected);
        assertThat(dt.precision()).isEqualTo(precision);
        assertThat(dt.offset()).isEmpty();
        assertThat(dt.toString()).isEqualTo(value);
        assertThat(DicomDateTime.format(dt)).isEqualTo(value);
    }

    @Test
    void parsesUtcOffsets() {
        PartialDateTime dt = DicomDateTime.parseDateTime("20240315094512.5-0530");
        assertThat(dt.offset()).contains(ZoneOffset.ofHoursMinutes(-5, -30));
        assertThat(dt.offsetDateTime()).contains(
                OffsetDateTime.of(2024, 3, 15, 9, 45, 12, 500_000_000, ZoneOffset.ofHoursMinutes(-5, -30)));
        assertThat(dt.toString()).isEqualTo("20240315094512.5-0530");

        PartialDateTime year = DicomDateTime.parseDateTime("2024+1400");
        assertThat(year.precision()).isEqualTo(Precision.YEARS);
        assertThat(year.offset()).contains(ZoneOffset.ofHours(14));
        assertThat(year.toString()).isEqualTo("2024+1400");

        PartialDateTime local = DicomDateTime.parseDateTime("2024031509");
        assertThat(local.offsetDateTime()).isEmpty();
        assertThat(local.offsetDateTime(ZoneOffset.UTC)).isEqualTo(
                OffsetDateTime.of(2024, 3, 15, 9, 0, 0, 0, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "202", "20241", "202413", "20240230", "2024031524", "202403150960",
        "20240315094560.", "20240315094512.1234567", "2024031509451", "2024+01", "2024+1500", "2024-1300",
        "2024+0160", "2024/03", "20240315094512,5"})
    void rejectsBadDateTimes(String value) {
        assertThatThrownBy(() -> DicomDateTime.parseDateTime(value))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("invalid DT value");
    }

    @Test
    void constructorTruncatesAndChecksRanges() {
        PartialDateTime dt = new PartialDateTime(LocalDateTime.of(2024, 3, 15, 9, 45), Precision.MONTHS);
        assertThat(dt.value()).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
        assertThat(dt.toString()).isEqualTo("202403");
        assertThatThrownBy(() -> new PartialDateTime(LocalDateTime.of(10000, 1, 1, 0, 0), Precision.YEARS))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> new PartialDateTime(LocalDateTime.of(2024, 1, 1, 0, 0), Precision.YEARS,
                Optional.of(ZoneOffset.ofHours(-13)))).isInstanceOf(DateTimeException.class);
    }

    @Property
    void dateTimeFormatThenParseIsIdentity(@ForAll("dateTimes") PartialDateTime dt) {
        String text = DicomDateTime.format(dt);
        assertThat(text.length()).isLessThanOrEqualTo(VR.DT.maxLength());
        PartialDateTime back = DicomDateTime.parseDateTime(text);
        assertThat(back).isEqualTo(dt);
        assertThat(DicomDateTime.format(back)).isEqualTo(text);
    }

    @Property
    void timeFormatThenParseIsIdentity(@ForAll("times") PartialTime t) {
        String text = DicomDateTime.format(t);
        assertThat(text.length()).isLessThanOrEqualTo(VR.TM.maxLength());
        assertThat(DicomDateTime.parseTime(text)).isEqualTo(t);
    }

    @Provide
    Arbitrary<PartialDateTime> dateTimes() {
        Arbitrary<LocalDateTime> values = Arbitraries.longs()
                .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .flatMap(day -> Arbitraries.longs().between(0, 86_400_000_000_000L - 1)
                        .map(nanos -> LocalDate.ofEpochDay(day).atTime(LocalTime.ofNanoOfDay(nanos))));
        Arbitrary<Optional<ZoneOffset>> offsets = Arbitraries.integers().between(-12 * 60, 14 * 60)
                .map(m -> ZoneOffset.ofTotalSeconds(m * 60)).optional();
        return Combinators.combine(values, Arbitraries.of(Precision.class), offsets).as(PartialDateTime::new);
    }

    @Provide
    Arbitrary<PartialTime> times() {
        return Combinators.combine(
                Arbitraries.longs().between(0, 86_400_000_000_000L - 1).map(LocalTime::ofNanoOfDay),
                Arbitraries.of(Precision.class).filter(Precision::isTimePrecision)).as(PartialTime::new);
    }
}
