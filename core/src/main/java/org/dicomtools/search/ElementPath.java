// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.Tags;
import org.dicomtools.data.Values;
import org.dicomtools.dict.ElementDictionary;

/**
 * Which element a criterion or column looks at: a top-level element named by keyword ({@code PatientName}) or tag
 * ({@code (0010,0010)}, {@code 0010,0010}, {@code 00100010}), or an element inside sequence items, steps joined by
 * dots: {@code ReferencedStudySequence[0].ReferencedSOPInstanceUID} looks in the first item only,
 * {@code OtherPatientIDsSequence.PatientID} (or {@code [*]}) in every item.
 *
 * @param steps the sequences to go through, then the element itself
 */
public record ElementPath(List<Step> steps) {
    private static final Pattern STEP = Pattern.compile("(.+?)(?:\\[(\\d+|\\*)])?");

    /**
     * One step.
     *
     * @param tag  the element
     * @param item for a sequence step, the 0-based item to go into, or {@link #ANY_ITEM}
     */
    public record Step(int tag, int item) {
        public static final int ANY_ITEM = -1;
    }

    public ElementPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an element path needs at least one step");
        }
    }

    /** A path to a top-level element. */
    public static ElementPath of(int tag) {
        return new ElementPath(List.of(new Step(tag, Step.ANY_ITEM)));
    }

    /**
     * Parses a key as described on the class.
     *
     * @throws IllegalArgumentException an unknown keyword or a malformed tag; the message names the key
     */
    public static ElementPath parse(String key) {
        String[] parts = key.strip().split("\\.", -1);
        List<Step> steps = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            java.util.regex.Matcher m = STEP.matcher(parts[i].strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + key + "' is not a keyword, a tag or a path of them");
            }
            if (m.group(2) != null && i == parts.length - 1) {
                throw new IllegalArgumentException("'" + key + "': an item index belongs on a sequence, not on the "
                        + "last step");
            }
            int item = m.group(2) == null || m.group(2).equals("*") ? Step.ANY_ITEM : Integer.parseInt(m.group(2));
            steps.add(new Step(tag(m.group(1).strip(), key), item));
        }
        return new ElementPath(steps);
    }

    private static int tag(String name, String key) {
        char first = name.isEmpty() ? ' ' : name.charAt(0);
        if (first == '(' || Character.isDigit(first) || name.matches("[0-9A-Fa-f]{4},?[0-9A-Fa-f]{4}")) {
            try {
                return Tags.parse(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + key + "': '" + name + "' is not a tag (GGGG,EEEE)", e);
            }
        }
        int tag = ElementDictionary.standard().tagOf(name);
        if (tag == -1) {
            throw new IllegalArgumentException("'" + key + "': unknown keyword '" + name + "'");
        }
        return tag;
    }

    /** The element at the end of the path. */
    public int tag() {
        return steps.get(steps.size() - 1).tag();
    }

    /**
     * The canonical name, used as the column heading: keywords where the dictionary knows the tag, else
     * {@code (GGGG,EEEE)}, an item index only where one was given.
     */
    public String label() {
        ElementDictionary dict = ElementDictionary.standard();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String keyword = Tags.isPrivate(s.tag()) ? "" : dict.keywordOf(s.tag());
            sb.append(i > 0 ? "." : "").append(keyword.isEmpty() ? Tags.format(s.tag()) : keyword);
            if (i < steps.size() - 1 && s.item() != Step.ANY_ITEM) {
                sb.append('[').append(s.item()).append(']');
            }
        }
        return sb.toString();
    }

    /** An element reached by the path, with the data set that holds it (whose character set decodes it). */
    public record Found(Element element, DataSet owner) {
        /**
         * Its text values: strings split on backslash (a present but empty element gives one empty value), numbers
         * and tags as text; {@code null} for sequences, pixel data and other binary values, which have no text.
         */
        public String[] strings() {
            if (!element.hasBytes()) {
                return null;
            }
            if (element.vr().isString()) {
                String[] v = owner.getStrings(element.tag());
                return v.length == 0 ? new String[] {""} : v;
            }
            if (element.isEmpty()) {
                return new String[] {""};
            }
            String display = Values.display(element);
            return display == null ? null : display.split("\\\\", -1);
        }
    }

    /** The elements the path reaches in a data set, in item order; empty when there are none. */
    public List<Found> find(DataSet ds) {
        List<Found> found = new ArrayList<>(1);
        find(ds, 0, found);
        return found;
    }

    private void find(DataSet ds, int depth, List<Found> found) {
        Step step = steps.get(depth);
        Element e = ds.get(step.tag());
        if (e == null) {
            return;
        }
        if (depth == steps.size() - 1) {
            found.add(new Found(e, ds));
            return;
        }
        if (!e.isSequence()) {
            return;
        }
        Sequence items = e.sequence();
        if (step.item() != Step.ANY_ITEM) {
            if (step.item() < items.size()) {
                find(items.get(step.item()), depth + 1, found);
            }
            return;
        }
        for (DataSet item : items) {
            find(item, depth + 1, found);
        }
    }
}
