// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing and formatting of the DA, TM and DT value representations (PS3.5 6.2, Table 6.2-1), keeping the precision
 * of partial values so that they can be written back unchanged.
 *
 * <p>Only single values are handled; range matching ({@code -}) of query keys is out of scope. Trailing space padding
 * is ignored. Errors are reported as {@link DateTimeException}s whose message quotes the offending value.
 */
public final class DicomDateTime {

    /** How much of a TM or DT value is present: the last component given (PS3.5 Table 6.2-1). */
    public enum Precision {
        YEARS, MONTHS, DAYS, HOURS, MINUTES, SECONDS,
        FRACTION1, FRACTION2, FRACTION3, FRACTION4, FRACTION5, FRACTION6;

        /** The number of fractional-second digits (0 unless this is one of the FRACTION precisions). */
        public int fractionDigits() {
            return Math.max(0, ordinal() - SECONDS.ordinal());
        }

        /** The FRACTION precision with {@code digits} digits (1 to 6), or SECONDS for 0. */
        public static Precision ofFractionDigits(int digits) {
            if (digits < 0 || digits > 6) {
                throw new IllegalArgumentException("fractional seconds have 0 to 6 digits, not " + digits);
            }
            return values()[SECONDS.ordinal() + digits];
        }

        /** Whether the precision is one a TM value can have (HOURS or finer). */
        public boolean isTimePrecision() {
            return compareTo(HOURS) >= 0;
        }
    }

    /** A TM value: the time with the parts beyond {@code precision} set to zero. */
    public record PartialTime(LocalTime time, Precision precision) {
        public PartialTime {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(precision, "precision");
            if (!precision.isTimePrecision()) {
                throw new IllegalArgumentException("a TM value cannot have precision " + precision);
            }
            time = truncate(time, precision);
        }

        /** The DICOM TM form at this precision. */
        @Override
        public String toString() {
            return format(this);
        }
    }

    /**
     * A DT value: {@code value} has the parts beyond {@code precision} set to their lowest values (month 1, day 1,
     * midnight); {@code offset} is the UTC offset suffix when the value has one.
     */
    public record PartialDateTime(LocalDateTime value, Precision precision, Optional<ZoneOffset> offset) {
        public PartialDateTime {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(precision, "precision");
            Objects.requireNonNull(offset, "offset");
            if (value.getYear() < 0 || value.getYear() > 9999) {
                throw new DateTimeException("DT years are 0000 to 9999, not " + value.getYear());
            }
            offset.ifPresent(DicomDateTime::checkOffset);
            value = truncate(value, precision);
        }

        public PartialDateTime(LocalDateTime value, Precision precision) {
            this(value, precision, Optional.empty());
        }

        public LocalDateTime localDateTime() {
            return value;
        }

        /** The value at its offset, when the value has one. */
        public Optional<OffsetDateTime> offsetDateTime() {
            return offset.map(value::atOffset);
        }

        /**
         * The value at its own offset, or at {@code whenAbsent} (for example the Timezone Offset From UTC
         * (0008,0201) of the data set) when it has none.
         */
        public OffsetDateTime offsetDateTime(ZoneOffset whenAbsent) {
            return value.atOffset(offset.orElse(whenAbsent));
        }

        /** The DICOM DT form at this precision. */
        @Override
        public String toString() {
            return format(this);
        }
    }

    private static final Pattern ACR_NEMA_DATE = Pattern.compile("(\\d{4})\\.(\\d{2})\\.(\\d{2})");
    private static final Pattern COLON_TIME = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d{1,6})?)?");
    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private DicomDateTime() {
    }

    // ---- DA ----

    /** Parses a DA value {@code YYYYMMDD}; the ACR-NEMA form {@code YYYY.MM.DD} is accepted too. */
    public static LocalDate parseDate(String value) {
        String s = strip(value, "DA");
        Matcher acrNema = ACR_NEMA_DATE.matcher(s);
        if (acrNema.matches()) {
            s = acrNema.group(1) + acrNema.group(2) + acrNema.group(3);
        }
        if (s.length() != 8) {
            throw invalid("DA", value, "expected YYYYMMDD");
        }
        return date(value, "DA", s, 8);
    }

    /** Formats a date as DA {@code YYYYMMDD}. */
    public static String formatDate(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new DateTimeException("DA years are 0000 to 9999, not " + date.getYear());
        }
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    // ---- TM ----

    /** Parses a TM value {@code HH[MM[SS[.F{1,6}]]]}; the ACR-NEMA form {@code HH:MM[:SS[.F]]} is accepted too. */
    public static PartialTime parseTime(String value) {
        String s = strip(value, "TM");
        Matcher colons = COLON_TIME.matcher(s);
        if (colons.matches()) {
            s = colons.group(1) + colons.group(2) + Objects.toString(colons.group(3), "")
                    + Objects.toString(colons.group(4), "");
        }
        return parseTimePart(value, "TM", s, 0);
    }

    /** Formats a TM value at its precision. */
    public static String format(PartialTime time) {
        StringBuilder sb = new StringBuilder(13);
        appendTime(sb, time.time(), time.precision());
        return sb.toString();
    }

    // ---- DT ----

    /** Parses a DT value {@code YYYY[MM[DD[HH[MM[SS[.F{1,6}]]]]]][&ZZXX]}. */
    public static PartialDateTime parseDateTime(String value) {
        String s = strip(value, "DT");
        Optional<ZoneOffset> offset = Optional.empty();
        int sign = Math.max(s.indexOf('+'), s.indexOf('-'));
        if (sign >= 0) {
            if (s.length() - sign != 5) {
                throw invalid("DT", value, "the UTC offset must be &ZZXX");
            }
            int hours = number(value, "DT", s, sign + 1, sign + 3);
            int minutes = number(value, "DT", s, sign + 3, sign + 5);
            int total = (hours * 60 + minutes) * (s.charAt(sign) == '-' ? -1 : 1);
            if (minutes > 59 || total < -12 * 60 || total > 14 * 60) {
                throw invalid("DT", value, "the UTC offset must be within -1200 to +1400");
            }
            offset = Optional.of(ZoneOffset.ofTotalSeconds(total * 60));
            s = s.substring(0, sign);
        }
        int n = s.length();
        if (n < 4 || (n < 14 && n % 2 != 0) || (n > 14 && s.charAt(14) != '.')) {
            throw invalid("DT", value, "expected YYYY[MM[DD[HH[MM[SS[.F{1,6}]]]]]][&ZZXX]");
        }
        int year = number(value, "DT", s, 0, 4);
        if (n == 4) {
            return new PartialDateTime(LocalDateTime.of(year, 1, 1, 0, 0), Precision.YEARS, offset);
        }
        int month = number(value, "DT", s, 4, 6);
        if (month < 1 || month > 12) {
            throw invalid("DT", value, "month " + s.substring(4, 6) + " is not 01 to 12");
        }
        if (n == 6) {
            return new PartialDateTime(LocalDateTime.of(year, month, 1, 0, 0), Precision.MONTHS, offset);
        }
        LocalDate date = date(value, "DT", s, 8);
        if (n == 8) {
            return new PartialDateTime(date.atStartOfDay(), Precision.DAYS, offset);
        }
        PartialTime time = parseTimePart(value, "DT", s, 8);
        return new PartialDateTime(date.atTime(time.time()), time.precision(), offset);
    }

    /** Formats a DT value at its precision, with its UTC offset when it has one. */
    public static String format(PartialDateTime dt) {
        LocalDateTime v = dt.value();
        Precision p = dt.precision();
        StringBuilder sb = new StringBuilder(26);
        sb.append(String.format("%04d", v.getYear()));
        if (p.compareTo(Precision.MONTHS) >= 0) {
            twoDigits(sb, v.getMonthValue());
        }
        if (p.compareTo(Precision.DAYS) >= 0) {
            twoDigits(sb, v.getDayOfMonth());
        }
        if (p.isTimePrecision()) {
            appendTime(sb, v.toLocalTime(), p);
        }
        dt.offset().ifPresent(o -> {
            int minutes = o.getTotalSeconds() / 60;
            sb.append(minutes < 0 ? '-' : '+');
            twoDigits(sb, Math.abs(minutes) / 60);
            twoDigits(sb, Math.abs(minutes) % 60);
        });
        return sb.toString();
    }

    // ---- helpers ----

    /** Parses {@code HH[MM[SS[.F{1,6}]]]} starting at {@code from} up to the end of {@code s}. */
    private static PartialTime parseTimePart(String value, String vr, String s, int from) {
        int n = s.length() - from;
        boolean fraction = n > 6 && s.charAt(from + 6) == '.';
        if (n < 2 || (!fraction && (n > 6 || n % 2 != 0)) || (fraction && (n < 8 || n > 13))) {
            throw invalid(vr, value, "expected " + (from == 0 ? "" : "YYYYMMDD") + "HH[MM[SS[.F{1,6}]]]");
        }
        int hour = number(value, vr, s, from, from + 2);
        int minute = n >= 4 ? number(value, vr, s, from + 2, from + 4) : 0;
        int second = n >= 6 ? number(value, vr, s, from + 4, from + 6) : 0;
        int digits = fraction ? n - 7 : 0;
        int nanos = fraction ? number(value, vr, s, from + 7, from + n) * POW10[6 - digits] * 1000 : 0;
        if (hour > 23) {
            throw invalid(vr, value, "hour " + hour + " is not 00 to 23");
        }
        if (minute > 59) {
            throw invalid(vr, value, "minute " + minute + " is not 00 to 59");
        }
        if (second > 60) {
            throw invalid(vr, value, "second " + second + " is not 00 to 60");
        }
        // A leap second (60) is allowed by PS3.5 but LocalTime has none: it is read as second 59.
        LocalTime time = LocalTime.of(hour, minute, Math.min(second, 59), nanos);
        Precision precision = switch (n) {
            case 2 -> Precision.HOURS;
            case 4 -> Precision.MINUTES;
            case 6 -> Precision.SECONDS;
            default -> Precision.ofFractionDigits(digits);
        };
        return new PartialTime(time, precision);
    }

    private static LocalDate date(String value, String vr, String s, int end) {
        int year = number(value, vr, s, 0, 4);
        int month = number(value, vr, s, 4, 6);
        int day = number(value, vr, s, 6, end);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw invalid(vr, value, e.getMessage());
        }
    }

    private static void appendTime(StringBuilder sb, LocalTime t, Precision p) {
        twoDigits(sb, t.getHour());
        if (p.compareTo(Precision.MINUTES) >= 0) {
            twoDigits(sb, t.getMinute());
        }
        if (p.compareTo(Precision.SECONDS) >= 0) {
            twoDigits(sb, t.getSecond());
        }
        int digits = p.fractionDigits();
        if (digits > 0) {
            String micros = String.format("%06d", t.getNano() / 1000);
            sb.append('.').append(micros, 0, digits);
        }
    }

    private static LocalTime truncate(LocalTime t, Precision p) {
        return switch (p) {
            case YEARS, MONTHS, DAYS -> LocalTime.MIDNIGHT;
            case HOURS -> LocalTime.of(t.getHour(), 0);
            case MINUTES -> LocalTime.of(t.getHour(), t.getMinute());
            default -> {
                int unit = POW10[6 - p.fractionDigits()] * 1000;
                yield t.withNano(t.getNano() / unit * unit);
            }
        };
    }

    private static LocalDateTime truncate(LocalDateTime v, Precision p) {
        return switch (p) {
            case YEARS -> LocalDateTime.of(v.getYear(), 1, 1, 0, 0);
            case MONTHS -> LocalDateTime.of(v.getYear(), v.getMonthValue(), 1, 0, 0);
            default -> v.toLocalDate().atTime(truncate(v.toLocalTime(), p));
        };
    }

    private static void checkOffset(ZoneOffset o) {
        int seconds = o.getTotalSeconds();
        if (seconds % 60 != 0 || seconds < -12 * 3600 || seconds > 14 * 3600) {
            throw new DateTimeException("a DT UTC offset is whole minutes within -1200 to +1400, not " + o);
        }
    }

    private static int number(String value, String vr, String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(vr, value, "'" + c + "' at position " + (i + 1) + " is not a digit");
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static void twoDigits(StringBuilder sb, int n) {
        sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private static String strip(String value, String vr) {
        Objects.requireNonNull(value, vr + " value");
        String s = value.strip();
        if (s.isEmpty()) {
            throw invalid(vr, value, "the value is empty");
        }
        return s;
    }

    private static DateTimeException invalid(String vr, String value, String reason) {
        return new DateTimeException("invalid " + vr + " value '" + value + "': " + reason);
    }
}
