// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dicomtools.error.DicomException;
import org.dicomtools.error.InputException;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.io.DicomProbe;
import org.dicomtools.io.FolderScan;

/**
 * Runs one operation over a folder tree on several threads with memory that does not grow with the number of files:
 * a producer thread walks the tree ({@link FolderScan}, sorted, link loops guarded) into a small bounded queue, and
 * {@code jobs} workers take files from it, probe them by content ({@link DicomProbe}), and process the DICOM ones.
 * Nothing is kept per file: each outcome goes to the {@link BatchListener} as it happens and is then dropped, so the
 * listener writes reports as it goes. A bad file never stops the run: it is an outcome like any other, whatever it
 * throws. {@link #cancel()} (or interrupting the thread in {@link #run}) lets the files being processed finish and
 * stops the rest.
 */
public final class BatchRunner {
    /** How long a blocked thread waits before looking at the cancel flag again. */
    private static final long POLL_MILLIS = 50;

    private final BatchRequest request;
    private final BlockingQueue<FolderScan.FileEntry> queue;
    private final Object lock = new Object();
    private volatile boolean cancelled;
    private volatile boolean walkDone;
    private volatile RuntimeException walkFailure;
    private volatile RuntimeException listenerFailure;
    private BatchListener listener;
    private long start;
    private boolean started;
    // Guarded by lock.
    private long found;
    private boolean walkComplete;
    private long succeeded;
    private long failed;
    private long skipped;
    private long resumed;
    private long bytes;

    public BatchRunner(BatchRequest request) {
        this.request = request;
        this.queue = new ArrayBlockingQueue<>(Math.max(64, request.jobs() * 4));
    }

    /** Stops the run: files being processed finish, nothing else starts. Safe from any thread, e.g. a signal hook. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Runs the batch; returns when every file found is done, or after {@link #cancel()} when the files in progress
     * are. Can be called once.
     *
     * @throws InputException        the input does not exist or its folder cannot be listed
     * @throws InvalidValueException the output folder is unusable ({@link BatchRequest#outputConflict()})
     * @throws RuntimeException      what the listener threw (the run is stopped at the first such failure)
     */
    public BatchSummary run(BatchListener listener) {
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("a BatchRunner runs once");
            }
            started = true;
        }
        if (!Files.exists(request.input())) {
            throw new InputException("no such file or directory", null);
        }
        String conflict = request.outputConflict();
        if (conflict != null) {
            throw new InvalidValueException(conflict);
        }
        this.listener = listener;
        start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        threads.add(thread("batch-walk", this::walk));
        for (int i = 1; i <= request.jobs(); i++) {
            threads.add(thread("batch-" + i, this::work));
        }
        threads.forEach(Thread::start);
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancel();
                }
            }
        }
        BatchSummary summary;
        synchronized (lock) {
            summary = new BatchSummary(request.operation().name(), request.input(), request.output(), snapshot(),
                    cancelled);
        }
        if (walkFailure == null && listenerFailure == null) {
            emit(() -> listener.finished(summary));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (listenerFailure != null) {
            throw listenerFailure;
        }
        if (walkFailure != null) {
            throw walkFailure;
        }
        return summary;
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    /** The producer: walks the tree into the queue; paths it cannot walk become skipped outcomes at once. */
    private void walk() {
        try {
            FolderScan.walk(request.input(), request.recursive(), entry -> {
                if (cancelled) {
                    throw new Stop();
                }
                synchronized (lock) {
                    found++;
                    BatchProgress p = snapshot();
                    emit(() -> listener.found(entry, p));
                }
                if (entry instanceof FolderScan.Problem problem) {
                    finish(new FileOutcome(relative(problem.path()), FileOutcome.Status.SKIPPED, null, null,
                            problem.reason(), 0, 0, Map.of(), null));
                } else {
                    enqueue((FolderScan.FileEntry) entry);
                }
            });
            synchronized (lock) {
                walkComplete = true;
                BatchProgress p = snapshot();
                emit(() -> listener.walked(p));
            }
        } catch (Stop e) {
            // Cancelled: the walk just ends.
        } catch (RuntimeException e) {
            walkFailure = e;
        } finally {
            walkDone = true;
        }
    }

    private void enqueue(FolderScan.FileEntry entry) {
        try {
            while (!queue.offer(entry, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new Stop();
                }
            }
        } catch (InterruptedException e) {
            cancel();
            throw new Stop();
        }
    }

    /** A worker: takes files until the walk is done and the queue empty, or the run is cancelled. */
    private void work() {
        while (!cancelled) {
            FolderScan.FileEntry entry;
            try {
                entry = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                cancel();
                return;
            }
            if (entry == null) {
                if (walkDone && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            finish(process(entry));
        }
    }

    /** One file, whatever happens: every failure becomes an outcome. */
    private FileOutcome process(FolderScan.FileEntry entry) {
        long t0 = System.nanoTime();
        Path rel = entry.relative();
        BatchOperation op = request.operation();
        try {
            Path target = op.writes() ? op.target(request.output(), rel) : null;
            if (request.resume() && target != null && upToDate(target, entry.path())) {
                return outcome(entry, FileOutcome.Status.SKIPPED, target, null, FileOutcome.RESUMED, t0, null);
            }
            DicomProbe.Result probe = DicomProbe.probe(entry.path());
            if (!probe.isInstance()) {
                InputException unreadable = unreadable(entry.path());
                return unreadable != null
                        ? outcome(entry, FileOutcome.Status.FAILED, null, unreadable, unreadable.getMessage(), t0, null)
                        : outcome(entry, FileOutcome.Status.SKIPPED, null, null, probe.reason(), t0, null);
            }
            OpResult r = op.process(entry.path(), target);
            DicomException failure = r.failure();
            return outcome(entry, failure == null ? FileOutcome.Status.OK : FileOutcome.Status.FAILED, r.output(),
                    failure, failure != null ? failure.getMessage() : r.message(), t0, r);
        } catch (DicomException e) {
            return outcome(entry, FileOutcome.Status.FAILED, null, e, e.getMessage(), t0, null);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours, met on one file: recorded as an internal error, the run goes on.
            return outcome(entry, FileOutcome.Status.FAILED, null, e, "internal error: " + e.getClass().getName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), t0, null);
        }
    }

    private FileOutcome outcome(FolderScan.FileEntry entry, FileOutcome.Status status, Path output, Throwable failure,
                                String message, long t0, OpResult r) {
        return new FileOutcome(entry.relative(), status, output == null ? null : relativeOutput(output), failure,
                message, System.nanoTime() - t0, entry.size(), r == null ? Map.of() : r.fields(),
                r == null ? null : r.detail());
    }

    /** Counts the outcome and hands it to the listener. */
    private void finish(FileOutcome o) {
        synchronized (lock) {
            switch (o.status()) {
                case OK -> succeeded++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
            if (o.resumed()) {
                resumed++;
            } else if (o.status() != FileOutcome.Status.SKIPPED) {
                bytes += o.size();
            }
            BatchProgress p = snapshot();
            emit(() -> listener.outcome(o, p));
        }
    }

    /** Calls the listener; its first failure stops the run and is thrown by {@link #run}. */
    private void emit(Runnable call) {
        if (listenerFailure != null) {
            return;
        }
        try {
            call.run();
        } catch (RuntimeException e) {
            listenerFailure = e;
            cancel();
        }
    }

    private BatchProgress snapshot() {
        return new BatchProgress(found, walkComplete, succeeded, failed, skipped, resumed, bytes,
                System.nanoTime() - start);
    }

    private Path relative(Path p) {
        Path root = request.input();
        return p.startsWith(root) && !p.equals(root) ? root.relativize(p) : p.getFileName();
    }

    private Path relativeOutput(Path p) {
        Path root = request.output();
        return root != null && p.startsWith(root) && !p.equals(root) ? root.relativize(p) : p;
    }

    /** Output renamed into place whole, and not older than the input: the work was done. */
    private static boolean upToDate(Path target, Path input) {
        try {
            return Files.isRegularFile(target)
                    && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(input)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Why a file that did not probe as DICOM is really a failure: it vanished or cannot be read. */
    private static InputException unreadable(Path file) {
        if (!Files.exists(file)) {
            return new InputException("no such file", null);
        }
        if (!Files.isReadable(file)) {
            return new InputException("permission denied", null);
        }
        return null;
    }

    /** Ends the walk early when the run is cancelled. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
