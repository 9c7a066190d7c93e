// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.dicomtools.data.DataSet;
import org.dicomtools.error.DicomException;
import org.dicomtools.error.InputException;
import org.dicomtools.io.DicomProbe;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.FolderScan;
import org.dicomtools.io.ReadOptions;

/**
 * Finds the DICOM files of a folder whose elements match every criterion.
 *
 * <p>The calling thread walks the folder ({@link FolderScan}) and feeds a bounded queue; {@code jobs} workers probe
 * each file ({@link DicomProbe}), read its header only (up to Pixel Data) and test it. Memory therefore stays bounded
 * by the queue and one header per worker, except for the matches themselves, which are sorted at the end so the
 * result does not depend on the number of workers or their timing. A file that is not DICOM or cannot be read is
 * skipped, counted and reported to the caller, never fatal.
 */
public final class Search {
    private static final Object END = new Object();
    private static final Comparator<Path> BY_NAMES = Search::compareByNames;
    /** Marks a file that was skipped, as opposed to {@code null}, a file searched without a match. */
    private static final SearchMatch SKIPPED = new SearchMatch(Path.of(""), Path.of(""), Map.of());

    private Search() {
    }

    /** Runs a search, ignoring skipped files beyond their count. */
    public static SearchResult run(SearchRequest request) {
        return run(request, skipped -> {
        });
    }

    /**
     * Runs a search.
     *
     * @param onSkip told of every skipped file and folder problem, one call at a time (from worker threads)
     * @throws InputException the root does not exist or cannot be listed
     */
    public static SearchResult run(SearchRequest request, Consumer<? super SkippedFile> onSkip) {
        Map<String, ElementPath> columns = columns(request);
        Consumer<SkippedFile> report = s -> {
            synchronized (onSkip) {
                onSkip.accept(s);
            }
        };
        ConcurrentLinkedQueue<SearchMatch> matches = new ConcurrentLinkedQueue<>();
        AtomicInteger scanned = new AtomicInteger();
        AtomicInteger searched = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int jobs = request.jobs();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(jobs * 16);
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread t = new Thread(runnable, "search-worker");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> workers = new ArrayList<>(jobs);
        for (int i = 0; i < jobs; i++) {
            workers.add(pool.submit(() -> {
                for (Object next = take(queue); next != END; next = take(queue)) {
                    if (failure.get() != null) {
                        continue; // keep draining so the walk never blocks on a full queue
                    }
                    try {
                        SearchMatch m = examine((FolderScan.FileEntry) next, request, columns, report);
                        if (m != SKIPPED) {
                            searched.incrementAndGet();
                            if (m != null) {
                                matches.add(m);
                            }
                        }
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    }
                }
            }));
        }
        try {
            FolderScan.walk(request.root(), request.recursive(), entry -> {
                if (entry instanceof FolderScan.FileEntry file) {
                    scanned.incrementAndGet();
                    put(queue, file);
                } else if (entry instanceof FolderScan.Problem p) {
                    report.accept(new SkippedFile(p.path(), p.reason(), SkippedFile.Kind.FOLDER_PROBLEM));
                }
            });
        } finally {
            for (int i = 0; i < jobs; i++) {
                put(queue, END);
            }
            await(workers);
            pool.shutdown();
        }
        Throwable t = failure.get();
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
        }
        List<SearchMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparing(SearchMatch::relative, BY_NAMES));
        int n = scanned.get();
        return new SearchResult(sorted, List.copyOf(columns.keySet()), n, searched.get(), n - searched.get());
    }

    private static SearchMatch examine(FolderScan.FileEntry file, SearchRequest request,
                                       Map<String, ElementPath> columns, Consumer<SkippedFile> report) {
        DicomProbe.Result probe = DicomProbe.probe(file.path());
        if (!probe.isInstance()) {
            report.accept(new SkippedFile(file.path(), probe.reason(), SkippedFile.Kind.NOT_DICOM));
            return SKIPPED;
        }
        try {
            DataSet ds = DicomReader.read(file.path(), ReadOptions.HEADER_ONLY).dataSet();
            if (!Criterion.all(request.criteria(), ds)) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((key, path) -> values.put(key, display(path, ds)));
            return new SearchMatch(file.relative(), file.path(), values);
        } catch (RuntimeException e) {
            // A malformed file may trip more than the reader's own exceptions (and a long value left in the file is
            // read while testing); it is still only one bad file.
            String why = e instanceof DicomException ? e.getMessage() : "cannot parse: " + e;
            report.accept(new SkippedFile(file.path(), why, SkippedFile.Kind.UNREADABLE));
            return SKIPPED;
        }
    }

    /** The criteria' keys then the extra columns, each once, in that order. */
    private static Map<String, ElementPath> columns(SearchRequest request) {
        Map<String, ElementPath> columns = new LinkedHashMap<>();
        for (Criterion c : request.criteria()) {
            columns.putIfAbsent(c.key(), c.path());
        }
        for (ElementPath p : request.columns()) {
            columns.putIfAbsent(p.label(), p);
        }
        return columns;
    }

    /** Every value the path reaches, joined by backslash; {@code ""} when there is none. */
    static String display(ElementPath path, DataSet ds) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (ElementPath.Found f : path.find(ds)) {
            String[] values = f.strings();
            if (values == null) {
                continue;
            }
            for (String v : values) {
                sb.append(first ? "" : "\\").append(v);
                first = false;
            }
        }
        return sb.toString();
    }

    /** Orders relative paths name by name, so a folder's files stay together: {@code a/b/x} before {@code a.dcm}. */
    static int compareByNames(Path a, Path b) {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
            int c = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }

    private static void put(BlockingQueue<Object> queue, Object o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        }
    }

    private static void await(List<Future<?>> workers) {
        for (Future<?> f : workers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("search interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
