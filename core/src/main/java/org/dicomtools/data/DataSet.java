// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntPredicate;

/**
 * Data elements ordered by tag (PS3.5 7.1). It stores and finds elements; value parsing lives in {@link Values},
 * character sets in {@link SpecificCharacterSet}, traversal and dumping elsewhere.
 *
 * <p>Elements are held in two parallel sorted arrays, so the reader's in-order appends cost O(1) and lookups are a
 * binary search. An item of a sequence knows its parent so that it inherits Specific Character Set (PS3.5 7.5.3).
 * Not thread-safe for writes.
 */
public final class DataSet implements Iterable<Element> {
    private static final int SPECIFIC_CHARACTER_SET = 0x00080005;

    private int[] tags;
    private Element[] elements;
    private int size;
    private DataSet parent;
    private SpecificCharacterSet charset;

    public DataSet() {
        this(16);
    }

    public DataSet(int capacity) {
        tags = new int[Math.max(capacity, 4)];
        elements = new Element[tags.length];
    }

    /** A nested item whose character set defaults to its parent's. */
    public static DataSet item(DataSet parent) {
        DataSet ds = new DataSet(8);
        ds.parent = parent;
        return ds;
    }

    /** A copy holding the same elements (values are shared, not copied): for replacing top-level elements. */
    public DataSet shallowCopy() {
        DataSet copy = new DataSet(size + 4);
        System.arraycopy(tags, 0, copy.tags, 0, size);
        System.arraycopy(elements, 0, copy.elements, 0, size);
        copy.size = size;
        copy.parent = parent;
        return copy;
    }

    public DataSet parent() {
        return parent;
    }

    public void setParent(DataSet parent) {
        this.parent = parent;
        this.charset = null;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private int indexOf(int tag) {
        // Unsigned order: (FFFE,xxxx) and private groups above 0x7FFF sort after Pixel Data, as in a file.
        if (size > 0 && Integer.compareUnsigned(tags[size - 1], tag) < 0) {
            return -(size + 1);
        }
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compareUnsigned(tags[mid], tag);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    public boolean contains(int tag) {
        return indexOf(tag) >= 0;
    }

    /** The element with this tag, or {@code null}. */
    public Element get(int tag) {
        int i = indexOf(tag);
        return i >= 0 ? elements[i] : null;
    }

    /** Adds or replaces an element, keeping tag order; returns the element it replaced, or {@code null}. */
    public Element put(Element e) {
        int i = indexOf(e.tag());
        if (i >= 0) {
            Element old = elements[i];
            elements[i] = e;
            afterChange(e.tag());
            return old;
        }
        int at = -(i + 1);
        if (size == tags.length) {
            int cap = size * 2;
            tags = Arrays.copyOf(tags, cap);
            elements = Arrays.copyOf(elements, cap);
        }
        System.arraycopy(tags, at, tags, at + 1, size - at);
        System.arraycopy(elements, at, elements, at + 1, size - at);
        tags[at] = e.tag();
        elements[at] = e;
        size++;
        afterChange(e.tag());
        return null;
    }

    public Element remove(int tag) {
        int i = indexOf(tag);
        if (i < 0) {
            return null;
        }
        Element old = elements[i];
        System.arraycopy(tags, i + 1, tags, i, size - i - 1);
        System.arraycopy(elements, i + 1, elements, i, size - i - 1);
        size--;
        elements[size] = null;
        afterChange(tag);
        return old;
    }

    /** Removes every element whose tag matches; returns how many were removed. */
    public int removeIf(IntPredicate tagMatches) {
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (!tagMatches.test(tags[r])) {
                tags[w] = tags[r];
                elements[w++] = elements[r];
            }
        }
        int removed = size - w;
        Arrays.fill(elements, w, size, null);
        size = w;
        charset = null;
        return removed;
    }

    private void afterChange(int tag) {
        if (tag == SPECIFIC_CHARACTER_SET) {
            charset = null;
        }
    }

    /** The element at position {@code i} in tag order. */
    public Element elementAt(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return elements[i];
    }

    @Override
    public Iterator<Element> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Element next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return elements[next++];
            }
        };
    }

    public List<Element> elements() {
        return List.of(Arrays.copyOf(elements, size));
    }

    /** Specific Character Set (0008,0005) of this data set, or the inherited one for an item without it. */
    public SpecificCharacterSet specificCharacterSet() {
        // Only a set this data set defines is cached; an inherited one is asked of the parent each time, so a change
        // of the parent's (0008,0005) is seen by every item below it.
        SpecificCharacterSet cs = charset;
        if (cs != null) {
            return cs;
        }
        Element e = get(SPECIFIC_CHARACTER_SET);
        if (e != null && e.hasBytes()) {
            cs = SpecificCharacterSet.of(List.of(Values.strings(e.bytes(), VR.CS, null)));
            charset = cs;
            return cs;
        }
        return parent != null ? parent.specificCharacterSet() : SpecificCharacterSet.DEFAULT;
    }

    // ---- typed access ----

    /** The whole string value (all values joined by backslash), or {@code null} when absent or not a string. */
    public String getString(int tag) {
        Element e = get(tag);
        if (e == null || !e.hasBytes()) {
            return null;
        }
        if (!e.vr().isString()) {
            return Values.display(e);
        }
        return Values.string(e.bytes(), e.vr(), specificCharacterSet());
    }

    public String getString(int tag, String orElse) {
        String s = getString(tag);
        return s == null ? orElse : s;
    }

    /** The string values split on backslash; empty when absent. */
    public String[] getStrings(int tag) {
        Element e = get(tag);
        if (e == null || !e.hasBytes()) {
            return new String[0];
        }
        return Values.strings(e.bytes(), e.vr(), specificCharacterSet());
    }

    /** The first value as an int (IS or a binary integer VR), or {@code orElse} when absent, empty or unparsable. */
    public int getInt(int tag, int orElse) {
        long[] v = getLongs(tag);
        return v.length > 0 ? (int) v[0] : orElse;
    }

    public long[] getLongs(int tag) {
        Element e = get(tag);
        if (e == null || !e.hasBytes() || e.isEmpty()) {
            return new long[0];
        }
        try {
            return Values.longs(e.bytes(), e.vr());
        } catch (IllegalArgumentException ex) {
            return new long[0];
        }
    }

    public double getDouble(int tag, double orElse) {
        double[] v = getDoubles(tag);
        return v.length > 0 && !Double.isNaN(v[0]) ? v[0] : orElse;
    }

    public double[] getDoubles(int tag) {
        Element e = get(tag);
        if (e == null || !e.hasBytes() || e.isEmpty()) {
            return new double[0];
        }
        try {
            return Values.doubles(e.bytes(), e.vr());
        } catch (IllegalArgumentException ex) {
            return new double[0];
        }
    }

    /** The first DA value as a date, or {@code null} when absent, empty or not a valid date. */
    public java.time.LocalDate getDate(int tag) {
        String[] v = getStrings(tag);
        if (v.length == 0 || v[0].isEmpty()) {
            return null;
        }
        try {
            return DicomDateTime.parseDate(v[0]);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first PN value, or {@code null} when absent. */
    public PersonName getPersonName(int tag) {
        String[] v = getStrings(tag);
        return v.length == 0 ? null : PersonName.parse(v[0]);
    }

    public Sequence getSequence(int tag) {
        Element e = get(tag);
        return e != null && e.isSequence() ? e.sequence() : null;
    }

    // ---- typed setters ----

    public void setString(int tag, VR vr, String... values) {
        put(Element.ofBytes(tag, vr, Values.encodeStrings(vr, specificCharacterSet(), values)));
    }

    public void setInt(int tag, VR vr, int... values) {
        long[] l = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            l[i] = values[i];
        }
        put(Element.ofBytes(tag, vr, Values.encodeIntegers(vr, l)));
    }

    public void setDouble(int tag, VR vr, double... values) {
        put(Element.ofBytes(tag, vr, Values.encodeNumbers(vr, values)));
    }

    public void setBytes(int tag, VR vr, byte[] value) {
        put(Element.ofBytes(tag, vr, value));
    }

    /** Adds an empty sequence (or returns the existing one) for items to be added to. */
    public Sequence newSequence(int tag) {
        Sequence s = getSequence(tag);
        if (s == null) {
            s = new Sequence();
            put(Element.ofSequence(tag, s));
        }
        return s;
    }

    /** Content equality: the same elements with the same values, in order. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataSet other) || other.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (tags[i] != other.tags[i] || !elements[i].equals(other.elements[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = size;
        for (int i = 0; i < size; i++) {
            h = 31 * h + tags[i];
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DataSet[");
        for (int i = 0; i < Math.min(size, 12); i++) {
            sb.append(i > 0 ? ", " : "").append(elements[i]);
        }
        return sb.append(size > 12 ? ", ... " + size + " elements]" : "]").toString();
    }
}
