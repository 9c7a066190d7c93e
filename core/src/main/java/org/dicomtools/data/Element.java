// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * One data element: tag, VR and value (PS3.5 7.1). The value is one of
 * <ul>
 *   <li>{@code byte[]}: the encoded value in little-endian byte order, padding included;</li>
 *   <li>{@link BulkData}: the same bytes left in the file until needed;</li>
 *   <li>{@link StreamedValue}: the same bytes made while they are written (Pixel Data decoded a frame at a time);</li>
 *   <li>{@link Sequence}: items of a SQ element;</li>
 *   <li>{@link Fragments}: encapsulated Pixel Data (PS3.5 A.4).</li>
 * </ul>
 * Interpreting the bytes needs the data set's character set, so typed access lives on {@link DataSet} and
 * {@link Values}.
 */
public final class Element {
    private static final byte[] EMPTY = new byte[0];

    private final int tag;
    private final VR vr;
    private final Object value;

    private Element(int tag, VR vr, Object value) {
        this.tag = tag;
        this.vr = Objects.requireNonNull(vr, "vr");
        this.value = value;
    }

    public static Element ofBytes(int tag, VR vr, byte[] bytes) {
        return new Element(tag, vr, bytes == null ? EMPTY : bytes);
    }

    public static Element ofBulkData(int tag, VR vr, BulkData bulk) {
        return new Element(tag, vr, Objects.requireNonNull(bulk));
    }

    /** A value made while it is written ({@link StreamedValue}); reading its bytes makes them all in memory. */
    public static Element ofStreamed(int tag, VR vr, StreamedValue value) {
        return new Element(tag, vr, Objects.requireNonNull(value));
    }

    public static Element ofSequence(int tag, Sequence sequence) {
        return new Element(tag, VR.SQ, Objects.requireNonNull(sequence));
    }

    public static Element ofFragments(int tag, VR vr, Fragments fragments) {
        return new Element(tag, vr, Objects.requireNonNull(fragments));
    }

    public int tag() {
        return tag;
    }

    public VR vr() {
        return vr;
    }

    /** The same value under another VR (used when the dictionary corrects a file's VR). */
    public Element withVR(VR newVr) {
        return new Element(tag, newVr, value);
    }

    public boolean isSequence() {
        return value instanceof Sequence;
    }

    public boolean isFragments() {
        return value instanceof Fragments;
    }

    public boolean isBulkData() {
        return value instanceof BulkData;
    }

    public Sequence sequence() {
        if (value instanceof Sequence s) {
            return s;
        }
        throw new IllegalStateException(Tags.format(tag) + " is not a sequence");
    }

    public Fragments fragments() {
        if (value instanceof Fragments f) {
            return f;
        }
        throw new IllegalStateException(Tags.format(tag) + " is not encapsulated");
    }

    public BulkData bulkData() {
        return value instanceof BulkData b ? b : null;
    }

    /** The value made while it is written, or {@code null} when the value is held some other way. */
    public StreamedValue streamed() {
        return value instanceof StreamedValue s ? s : null;
    }

    /**
     * The value bytes (little-endian), reading bulk data from its file or making a streamed value when needed.
     *
     * @throws IllegalStateException for sequences and fragments
     */
    public byte[] bytes() {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof BulkData b) {
            return b.read();
        }
        if (value instanceof StreamedValue s) {
            return s.read();
        }
        throw new IllegalStateException(Tags.format(tag) + " holds " + (isSequence() ? "a sequence" : "fragments"));
    }

    /** Whether the value holds bytes (in memory, in the file or made when written) rather than items or fragments. */
    public boolean hasBytes() {
        return value instanceof byte[] || value instanceof BulkData || value instanceof StreamedValue;
    }

    /** Length of the value in bytes as held (before padding), or -1 for sequences and fragments. */
    public long length() {
        if (value instanceof byte[] b) {
            return b.length;
        }
        if (value instanceof BulkData b) {
            return b.length();
        }
        if (value instanceof StreamedValue s) {
            return s.length();
        }
        return -1;
    }

    public boolean isEmpty() {
        if (value instanceof Sequence s) {
            return s.isEmpty();
        }
        if (value instanceof Fragments f) {
            return f.size() == 0;
        }
        return length() == 0;
    }

    /** Content equality: same tag, VR and value (bulk data compared by its bytes). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Element e) || e.tag != tag || e.vr != vr) {
            return false;
        }
        if (hasBytes() && e.hasBytes()) {
            return Arrays.equals(bytes(), e.bytes());
        }
        return Objects.equals(value, e.value);
    }

    @Override
    public int hashCode() {
        return 31 * tag + vr.hashCode();
    }

    @Override
    public String toString() {
        return Tags.format(tag) + " " + vr + " " + (isSequence() ? sequence().size() + " items"
                : isFragments() ? fragments().size() + " fragments" : length() + " bytes");
    }
}
