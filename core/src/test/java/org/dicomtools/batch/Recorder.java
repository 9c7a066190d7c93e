// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A listener that keeps every outcome (fine for tests of a few dozen files) and checks calls never overlap. */
class Recorder implements BatchListener {
    final List<FileOutcome> outcomes = new ArrayList<>();
    final AtomicInteger inside = new AtomicInteger();
    volatile boolean overlapped;
    BatchSummary finished;

    @Override
    public void outcome(FileOutcome outcome, BatchProgress soFar) {
        enter();
        outcomes.add(outcome);
        leave();
    }

    @Override
    public void finished(BatchSummary summary) {
        finished = summary;
    }

    void enter() {
        if (inside.incrementAndGet() != 1) {
            overlapped = true;
        }
        Thread.onSpinWait();
    }

    void leave() {
        inside.decrementAndGet();
    }

    /** Outcomes by relative path with '/' separators. */
    Map<String, FileOutcome> byPath() {
        Map<String, FileOutcome> m = new TreeMap<>();
        for (FileOutcome o : outcomes) {
            m.put(BatchTrees.slashes(o.path()), o);
        }
        return m;
    }

    List<String> paths(FileOutcome.Status status) {
        return byPath().entrySet().stream().filter(e -> e.getValue().status() == status).map(Map.Entry::getKey)
                .toList();
    }
}
