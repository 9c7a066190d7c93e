// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import org.dicomtools.io.FolderScan;

/**
 * Follows a run. Calls never overlap (they are made one at a time, from whichever thread has the event), so an
 * implementation needs no locking of its own; it should be quick, since workers wait while it runs. Writing a report
 * line or a progress line is fine.
 */
public interface BatchListener {
    /** The walk found an entry; called before any worker sees it. */
    default void found(FolderScan.Entry entry, BatchProgress soFar) {
    }

    /** The walk finished: {@code soFar.found()} is now the total. */
    default void walked(BatchProgress soFar) {
    }

    /** A file is done. */
    void outcome(FileOutcome outcome, BatchProgress soFar);

    /** The run is over (also after a cancellation). */
    default void finished(BatchSummary summary) {
    }
}
