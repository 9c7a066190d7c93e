// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Value multiplicity as PS3.5 6.4 and PS3.6 write it: {@code 1}, {@code 1-3}, {@code 1-n}, {@code 2-2n} (a multiple
 * of 2, at least 2), {@code 3-3n}, {@code 6-n}, and alternatives joined by {@code or} ({@code 1-n or 1}).
 */
public final class Multiplicity {
    private static final Map<String, Multiplicity> CACHE = new ConcurrentHashMap<>();

    /** One alternative: at least {@code min}, at most {@code max} (-1 = no limit), a multiple of {@code step}. */
    private record Range(int min, int max, int step) {
        boolean allows(int count) {
            return count >= min && (max < 0 || count <= max) && count % step == 0;
        }
    }

    private final List<Range> ranges;

    private Multiplicity(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** The parsed VM, or {@code null} when the text is empty or not a VM. */
    public static Multiplicity parse(String vm) {
        if (vm == null || vm.isBlank()) {
            return null;
        }
        Multiplicity m = CACHE.get(vm);
        if (m == null) {
            m = doParse(vm);
            if (m != null) {
                CACHE.put(vm, m);
            }
        }
        return m;
    }

    private static Multiplicity doParse(String vm) {
        List<Range> ranges = new ArrayList<>(2);
        for (String alternative : vm.split("\\s+or\\s+")) {
            Range r = range(alternative.trim());
            if (r == null) {
                return null;
            }
            ranges.add(r);
        }
        return new Multiplicity(List.copyOf(ranges));
    }

    private static Range range(String s) {
        try {
            int dash = s.indexOf('-');
            if (dash < 0) {
                int n = Integer.parseInt(s);
                return new Range(n, n, 1);
            }
            int min = Integer.parseInt(s.substring(0, dash));
            String upper = s.substring(dash + 1);
            if (upper.equals("n")) {
                return new Range(min, -1, 1);
            }
            if (upper.endsWith("n")) {
                // "2-2n": the values come in groups of the factor before n.
                int step = Integer.parseInt(upper.substring(0, upper.length() - 1));
                return new Range(min, -1, step);
            }
            return new Range(min, Integer.parseInt(upper), 1);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether {@code count} values are allowed. */
    public boolean allows(int count) {
        for (Range r : ranges) {
            if (r.allows(count)) {
                return true;
            }
        }
        return false;
    }
}
