// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encapsulated Pixel Data (PS3.5 A.4): the Basic Offset Table (first item, possibly empty) and the fragments that
 * follow it. A fragment is {@code byte[]} in memory or {@link BulkData} left in the file.
 */
public final class Fragments {
    private byte[] basicOffsetTable;
    private final List<Object> fragments = new ArrayList<>();

    public Fragments() {
        this.basicOffsetTable = new byte[0];
    }

    public Fragments(byte[] basicOffsetTable) {
        this.basicOffsetTable = basicOffsetTable == null ? new byte[0] : basicOffsetTable;
    }

    /** The raw Basic Offset Table item value (little-endian 32-bit offsets), empty when absent. */
    public byte[] basicOffsetTable() {
        return basicOffsetTable;
    }

    public void setBasicOffsetTable(byte[] table) {
        this.basicOffsetTable = table == null ? new byte[0] : table;
    }

    /** The offsets of the Basic Offset Table, relative to the first byte of the first fragment item. */
    public long[] offsets() {
        long[] out = new long[basicOffsetTable.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = Values.u32(basicOffsetTable, i * 4);
        }
        return out;
    }

    public int size() {
        return fragments.size();
    }

    public void add(byte[] fragment) {
        fragments.add(fragment);
    }

    public void add(BulkData fragment) {
        fragments.add(fragment);
    }

    /** Fragment {@code i}: its bytes, read from the file when left there. */
    public byte[] fragment(int i) {
        Object f = fragments.get(i);
        return f instanceof BulkData b ? b.read() : (byte[]) f;
    }

    /** Length of fragment {@code i} without reading it. */
    public long fragmentLength(int i) {
        Object f = fragments.get(i);
        return f instanceof BulkData b ? b.length() : ((byte[]) f).length;
    }

    /** The first {@code n} bytes of fragment {@code i} (fewer if it is shorter), for marker sniffing. */
    public byte[] fragmentHead(int i, int n) {
        Object f = fragments.get(i);
        if (f instanceof BulkData b) {
            return b.read(0, (int) Math.min(n, b.length()));
        }
        byte[] bytes = (byte[]) f;
        return Arrays.copyOf(bytes, Math.min(n, bytes.length));
    }

    /** The raw fragment object ({@code byte[]} or {@link BulkData}), for writers that copy without reading. */
    public Object rawFragment(int i) {
        return fragments.get(i);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Fragments other) || other.size() != size()
                || !Arrays.equals(basicOffsetTable, other.basicOffsetTable)) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (!Arrays.equals(fragment(i), other.fragment(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return size();
    }
}
