// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicomtools.data.VR;

/**
 * The value rules of PS3.5 6.2 (Table 6.2-1) for one value of a string VR: syntax, ranges and allowed characters.
 * Lengths are checked by the caller against {@link VR#maxLength()}. Public for writers that check a value before
 * setting it (the {@code modify} package).
 */
public final class VrSyntax {
    /** What is wrong with a value: an error, or a warning for forms only older versions of the standard allowed. */
    public record Issue(boolean error, String text) {
        static Issue error(String text) {
            return new Issue(true, text);
        }

        static Issue warning(String text) {
            return new Issue(false, text);
        }
    }

    private static final Pattern AS = Pattern.compile("\\d{3}[DWMY]");
    private static final Pattern CS = Pattern.compile("[A-Z0-9 _]*");
    private static final Pattern DA = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DA_OLD = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2}");
    private static final Pattern DS = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DT = Pattern.compile(
            "(\\d{4})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(\\.\\d{1,6})?)?)?)?)?)?([+-]\\d{4})?");
    private static final Pattern IS = Pattern.compile("[+-]?\\d+");
    private static final Pattern TM = Pattern.compile("(\\d{2})(?:(\\d{2})(?:(\\d{2})(\\.\\d{1,6})?)?)?");
    private static final Pattern TM_OLD = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?");

    private VrSyntax() {
    }

    /** The problem with one value (already split on backslash and stripped of padding), or {@code null}. */
    public static Issue check(VR vr, String value) {
        if (value.isEmpty()) {
            return null; // an empty value is a matter of the attribute's type, not of its VR
        }
        return switch (vr) {
            case AE -> ae(value);
            case AS -> AS.matcher(value).matches() ? null : Issue.error("is not an age nnnD, nnnW, nnnM or nnnY");
            case CS -> CS.matcher(value).matches() ? null
                    : Issue.error("may hold only upper-case letters, digits, space and underscore");
            case DA -> da(value);
            case DS -> ds(value);
            case DT -> dt(value);
            case IS -> is(value);
            case TM -> tm(value);
            case UI -> ui(value);
            case PN -> pn(value);
            case SH, LO, UC -> control(value, false);
            case ST, LT, UT -> control(value, true);
            default -> null;
        };
    }

    private static Issue ae(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return Issue.error("holds a character outside the default repertoire");
            }
        }
        return null;
    }

    // PS3.5 6.2 DA: YYYYMMDD; "YYYY.MM.DD" was ACR-NEMA's form.
    private static Issue da(String value) {
        Matcher m = DA.matcher(value);
        if (!m.matches()) {
            return DA_OLD.matcher(value).matches() ? Issue.warning("uses the retired ACR-NEMA form YYYY.MM.DD")
                    : Issue.error("is not a date YYYYMMDD");
        }
        return validDate(num(m, 1), num(m, 2), num(m, 3)) ? null : Issue.error("is not a calendar date");
    }

    private static Issue ds(String value) {
        if (!DS.matcher(value).matches()) {
            return Issue.error("is not a decimal number");
        }
        return Double.isFinite(Double.parseDouble(value)) ? null : Issue.error("is out of range");
    }

    // PS3.5 6.2 DT: YYYY[MM[DD[HH[MM[SS[.F{1-6}]]]]]][&ZZXX], offset from -1200 to +1400.
    private static Issue dt(String value) {
        Matcher m = DT.matcher(value);
        if (!m.matches()) {
            return Issue.error("is not a date-time YYYYMMDDHHMMSS.FFFFFF&ZZXX");
        }
        int month = m.group(2) == null ? 1 : num(m, 2);
        int day = m.group(3) == null ? 1 : num(m, 3);
        if (!validDate(num(m, 1), month, day)) {
            return Issue.error("is not a calendar date");
        }
        if (m.group(4) != null && !validTime(num(m, 4), m.group(5) == null ? 0 : num(m, 5),
                m.group(6) == null ? 0 : num(m, 6))) {
            return Issue.error("is not a time of day");
        }
        String offset = m.group(8);
        if (offset != null) {
            int hours = Integer.parseInt(offset.substring(1, 3));
            int minutes = Integer.parseInt(offset.substring(3, 5));
            int signed = (offset.charAt(0) == '-' ? -1 : 1) * (hours * 100 + minutes);
            if (minutes > 59 || signed < -1200 || signed > 1400) {
                return Issue.error("has a UTC offset outside -1200 to +1400");
            }
        }
        return null;
    }

    private static Issue is(String value) {
        if (!IS.matcher(value).matches()) {
            return Issue.error("is not an integer");
        }
        try {
            Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
            return null;
        } catch (NumberFormatException e) {
            return Issue.error("is outside -2^31 to 2^31-1");
        }
    }

    // PS3.5 6.2 TM: HH[MM[SS[.F{1-6}]]]; "HH:MM:SS.frac" is kept only for backward compatibility.
    private static Issue tm(String value) {
        Matcher m = TM.matcher(value);
        if (!m.matches()) {
            return TM_OLD.matcher(value).matches() ? Issue.warning("uses the retired form HH:MM:SS")
                    : Issue.error("is not a time HHMMSS.FFFFFF");
        }
        boolean ok = validTime(num(m, 1), m.group(2) == null ? 0 : num(m, 2), m.group(3) == null ? 0 : num(m, 3));
        return ok ? null : Issue.error("is not a time of day");
    }

    // PS3.5 9.1: digits and dots, components without leading zeros (except "0" itself), none empty.
    private static Issue ui(String value) {
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '.') {
                if (i == start) {
                    return Issue.error("has an empty component");
                }
                if (value.charAt(start) == '0' && i - start > 1) {
                    return Issue.error("has a component with a leading zero");
                }
                start = i + 1;
            } else if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return Issue.error("may hold only digits and dots");
            }
        }
        return null;
    }

    // PS3.5 6.2 PN: up to three component groups of up to five components, 64 characters each.
    private static Issue pn(String value) {
        Issue c = control(value, false);
        if (c != null) {
            return c;
        }
        String[] groups = value.split("=", -1);
        if (groups.length > 3) {
            return Issue.error("has more than three component groups");
        }
        for (String group : groups) {
            if (group.split("\\^", -1).length > 5) {
                return Issue.error("has more than five components in a group");
            }
            if (group.codePointCount(0, group.length()) > 64) {
                return Issue.error("has a component group longer than 64 characters");
            }
        }
        return null;
    }

    /** PS3.5 6.1.3: ESC is the only control character of SH, LO, PN, UC; ST, LT, UT also allow TAB, LF, FF, CR. */
    private static Issue control(String value, boolean text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 0x20 && c != 0x7F || c == 0x1B
                    || text && (c == '\t' || c == '\n' || c == '\f' || c == '\r');
            if (!allowed) {
                return Issue.error(String.format("holds the control character 0x%02X", (int) c));
            }
        }
        return null;
    }

    private static boolean validDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int[] days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return day <= (month == 2 && leap ? 29 : days[month - 1]);
    }

    /** Seconds up to 60 for a leap second (PS3.5 6.2 TM). */
    private static boolean validTime(int hour, int minute, int second) {
        return hour <= 23 && minute <= 59 && second <= 60;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
