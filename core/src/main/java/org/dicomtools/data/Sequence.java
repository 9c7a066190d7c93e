// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The items of a sequence element (PS3.5 7.5), each a nested {@link DataSet}. */
public final class Sequence implements Iterable<DataSet> {
    private final List<DataSet> items;

    public Sequence() {
        this.items = new ArrayList<>(2);
    }

    public Sequence(List<DataSet> items) {
        this.items = new ArrayList<>(items);
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public DataSet get(int index) {
        return items.get(index);
    }

    public void add(DataSet item) {
        items.add(item);
    }

    public DataSet remove(int index) {
        return items.remove(index);
    }

    public List<DataSet> items() {
        return items;
    }

    @Override
    public Iterator<DataSet> iterator() {
        return items.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sequence s && items.equals(s.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }
}
