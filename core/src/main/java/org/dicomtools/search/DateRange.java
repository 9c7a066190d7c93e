// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.dicomtools.data.DicomDateTime;

/**
 * Range matching of DA values (PS3.4 C.2.2.2.5): {@code D1-D2} matches dates from D1 to D2 inclusive, {@code D1-}
 * dates on or after D1, {@code -D2} dates on or before D2, and a single {@code D1} that date only. Dates are
 * {@code YYYYMMDD}. A value that is not a valid date (including an empty one) never matches.
 *
 * @param from first date matched, or {@code null} for no lower bound
 * @param to   last date matched, or {@code null} for no upper bound
 */
public record DateRange(LocalDate from, LocalDate to) implements Matcher {
    private static final Pattern FORM = Pattern.compile("(\\d{8})?(-)?(\\d{8})?");
    private static final Pattern RANGE_LIKE = Pattern.compile("\\d{8}|[\\d-]*-[\\d-]*");

    public DateRange {
        if (from == null && to == null) {
            throw new IllegalArgumentException("a date range needs at least one end");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    /**
     * Parses {@code YYYYMMDD}, {@code YYYYMMDD-YYYYMMDD}, {@code YYYYMMDD-} or {@code -YYYYMMDD}.
     *
     * @throws IllegalArgumentException not one of these forms, or not a calendar date; the message names the text
     */
    public static DateRange parse(String text) {
        java.util.regex.Matcher m = FORM.matcher(text.strip());
        if (!m.matches() || m.group(1) == null && m.group(3) == null || m.group(2) == null && m.group(3) != null) {
            throw bad(text, null);
        }
        LocalDate from = date(m.group(1), text);
        LocalDate to = date(m.group(3), text);
        if (m.group(2) == null) {
            return new DateRange(from, from);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw bad(text, "it ends before it starts");
        }
        return new DateRange(from, to);
    }

    /**
     * Whether a pattern given for a DA element is meant as a date or range rather than text: eight digits, or digits
     * around a hyphen. Such a pattern that does not parse is an error rather than a text search that finds nothing.
     */
    public static boolean looksLikeRange(String pattern) {
        return RANGE_LIKE.matcher(pattern.strip()).matches();
    }

    private static LocalDate date(String digits, String text) {
        if (digits == null) {
            return null;
        }
        try {
            return LocalDate.parse(digits, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw bad(text, digits + " is not a calendar date");
        }
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not a date or date range"
                + (why == null ? "" : " (" + why + ")")
                + ": expected YYYYMMDD, YYYYMMDD-YYYYMMDD, YYYYMMDD- or -YYYYMMDD");
    }

    /** Whether a DA value (or the ACR-NEMA form YYYY.MM.DD) falls in the range. */
    @Override
    public boolean matches(String value) {
        LocalDate d;
        try {
            d = DicomDateTime.parseDate(value);
        } catch (RuntimeException e) {
            return false;
        }
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
