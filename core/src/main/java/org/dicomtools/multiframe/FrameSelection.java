// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which frames to split, as 1-based numbers and ranges: {@code 1,3-5}. Parsing checks only the syntax; which numbers
 * exist is known once the file is read ({@link #resolve}).
 *
 * @param ranges the ranges, in the order given
 */
public record FrameSelection(List<FrameSelection.Range> ranges) {

    /** Frames {@code first} to {@code last}, both included (equal for a single number). */
    public record Range(int first, int last) {
    }

    public FrameSelection {
        ranges = List.copyOf(ranges);
    }

    /**
     * Parses {@code N}, {@code N-M} (N ≤ M) and comma-separated lists of them; spaces around items are ignored.
     *
     * @throws IllegalArgumentException when the text is not such a list
     */
    public static FrameSelection parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty frame list; expected numbers and ranges such as 1,3-5");
        }
        List<Range> ranges = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String s = item.strip();
            int dash = s.indexOf('-', 1);
            int first = number(dash < 0 ? s : s.substring(0, dash), s);
            int last = dash < 0 ? first : number(s.substring(dash + 1), s);
            if (last < first) {
                throw new IllegalArgumentException("frame range '" + s + "' is backwards: " + first + " comes after "
                        + last);
            }
            ranges.add(new Range(first, last));
        }
        return new FrameSelection(ranges);
    }

    private static int number(String digits, String item) {
        String d = digits.strip();
        if (d.isEmpty() || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + item + "' is not a frame number or a range N-M");
        }
        try {
            return Integer.parseInt(d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("frame number '" + d + "' is too large");
        }
    }

    /** What a selection means for a file of {@code frames} frames. */
    public record Resolved(List<Integer> frames, List<String> skipped) {
        public Resolved {
            frames = List.copyOf(frames);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * The frames to split, ascending and without repeats, and the numbers or ranges outside 1..{@code frames}
     * (to be skipped with a warning, as the seed does).
     */
    public Resolved resolve(int frames) {
        TreeSet<Integer> valid = new TreeSet<>();
        List<String> skipped = new ArrayList<>();
        for (Range r : ranges) {
            for (int n = Math.max(r.first(), 1); n <= Math.min(r.last(), frames); n++) {
                valid.add(n);
            }
            if (r.first() < 1) {
                skipped.add(describe(r.first(), Math.min(r.last(), 0)));
            }
            if (r.last() > frames) {
                skipped.add(describe(Math.max(r.first(), frames + 1), r.last()));
            }
        }
        return new Resolved(new ArrayList<>(valid), skipped.stream().distinct().toList());
    }

    private static String describe(int first, int last) {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Range r : ranges) {
            sb.append(sb.isEmpty() ? "" : ",").append(describe(r.first(), r.last()));
        }
        return sb.toString();
    }
}
