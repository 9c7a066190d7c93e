// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.dict.DictionaryEntry;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.error.InvalidValueException;

/**
 * Where an element is, from the top-level data set down through sequence items: {@code PatientName},
 * {@code (0010,0010)}, {@code 00100010}, {@code ReferencedStudySequence[0].ReferencedSOPInstanceUID},
 * {@code A[0].B[2].C}; a keyword (PS3.6) or a tag at every level. Every step but the last names a sequence and an
 * item of it (0-based); the last may carry an index too, to name an item (for deleting it).
 *
 * <p>A private element can be named by its block-relative form {@code (0029,xx10)}: the block is the one its private
 * creator reserves (PS3.5 7.8.1), found or reserved when the path is applied.
 *
 * @param steps the steps, top level first
 * @param text  the path as given
 */
public record TagPath(List<Step> steps, String text) {

    /**
     * One level of a path.
     *
     * @param tag          the tag; for a block-relative private step, the group and the element's low byte only
     * @param privateBlock whether the tag was written {@code (gggg,xxee)}: its block comes from the private creator
     * @param index        the item index, or -1 when the step names an element only
     * @param name         how the step is shown: the keyword when the dictionary has one, else the tag
     */
    public record Step(int tag, boolean privateBlock, int index, String name) {
        public boolean hasIndex() {
            return index >= 0;
        }
    }

    private static final Pattern STEP = Pattern.compile("([^\\[\\]]+)(?:\\[([^\\]]*)\\])?");
    private static final Pattern TAG = Pattern.compile(
            "\\(([0-9A-Fa-f]{4}),([0-9A-Fa-fXx]{4})\\)|([0-9A-Fa-f]{4}),?([0-9A-Fa-fXx]{4})");
    private static final Pattern INDEX = Pattern.compile("\\d{1,9}");

    public TagPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one step");
        }
    }

    /**
     * Parses a path, resolving keywords with the standard dictionary.
     *
     * @throws InvalidValueException naming the path and what is wrong: an unknown keyword, a bad tag or index, an
     *     index on an element that is not a sequence, a missing index before a nested step
     */
    public static TagPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("empty tag path");
        }
        ElementDictionary dict = ElementDictionary.standard();
        String[] parts = text.strip().split("\\.", -1);
        List<Step> steps = new ArrayList<>(parts.length);
        for (String part : parts) {
            steps.add(step(text, part.strip(), dict));
        }
        for (int i = 0; i < parts.length; i++) {
            Step step = steps.get(i);
            boolean last = i == parts.length - 1;
            if (!last && !step.hasIndex()) {
                throw bad(text, "'" + step.name() + "' is followed by another step but has no item index, as in "
                        + step.name() + "[0]." + parts[i + 1].strip());
            }
            if (step.hasIndex() && !step.privateBlock() && !Tags.isPrivate(step.tag())) {
                VR vr = dict.vrOf(step.tag());
                DictionaryEntry entry = dict.lookup(step.tag());
                if (entry != null && vr != VR.SQ) {
                    throw bad(text, step.name() + " is not a sequence (VR " + vr + "), so it has no items");
                }
            }
        }
        return new TagPath(steps, text.strip());
    }

    private static Step step(String path, String part, ElementDictionary dict) {
        Matcher m = STEP.matcher(part);
        if (part.isEmpty() || !m.matches()) {
            throw bad(path, part.isEmpty() ? "an empty step" : "'" + part + "' is not Keyword, (gggg,eeee) or Keyword[i]");
        }
        String name = m.group(1).strip();
        int index = -1;
        if (m.group(2) != null) {
            String idx = m.group(2).strip();
            if (!INDEX.matcher(idx).matches()) {
                throw bad(path, "bad item index '[" + m.group(2) + "]' after " + name
                        + ": expected a number from 0");
            }
            index = Integer.parseInt(idx);
        }
        Matcher t = TAG.matcher(name);
        if (t.matches()) {
            String group = t.group(1) != null ? t.group(1) : t.group(3);
            String element = (t.group(2) != null ? t.group(2) : t.group(4)).toLowerCase(Locale.ROOT);
            int g = Integer.parseInt(group, 16);
            if (element.startsWith("xx")) {
                if (element.indexOf('x', 2) >= 0) {
                    throw bad(path, "'" + name + "': only the block byte of a private element can be xx, as in (0029,xx10)");
                }
                if ((g & 1) == 0) {
                    throw bad(path, "'" + name + "': an xx block applies to private (odd) groups only");
                }
                int low = Integer.parseInt(element.substring(2), 16);
                return new Step(Tags.of(g, low), true, index, String.format("(%04X,xx%02X)", g, low));
            }
            if (element.indexOf('x') >= 0) {
                throw bad(path, "'" + name + "' is not a tag");
            }
            int tag = Tags.of(g, Integer.parseInt(element, 16));
            String keyword = dict.keywordOf(tag);
            return new Step(tag, false, index, keyword.isEmpty() || Tags.isPrivate(tag) ? Tags.format(tag) : keyword);
        }
        int tag = dict.tagOf(name);
        if (tag == -1) {
            throw bad(path, "unknown keyword '" + name + "'" + suggestion(name, dict));
        }
        return new Step(tag, false, index, name);
    }

    /** " (did you mean X?)" for a keyword that differs only in case, else "". */
    private static String suggestion(String name, ElementDictionary dict) {
        for (DictionaryEntry e : dict.entries()) {
            if (e.keyword().equalsIgnoreCase(name)) {
                return " (did you mean " + e.keyword() + "?)";
            }
        }
        return "";
    }

    private static InvalidValueException bad(String path, String problem) {
        return new InvalidValueException("tag path '" + path.strip() + "': " + problem);
    }

    /** The last step: the element (or item) the path ends at. */
    public Step leaf() {
        return steps.get(steps.size() - 1);
    }

    @Override
    public String toString() {
        return text;
    }
}
