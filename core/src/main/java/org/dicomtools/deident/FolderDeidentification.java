// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dicomtools.error.DicomException;
import org.dicomtools.error.InputException;
import org.dicomtools.error.NotDicomException;

/**
 * De-identifies every DICOM file of a folder into a mirrored tree, on all cores, with one {@link Deidentifier} so the
 * whole folder shares its pseudonyms. A bad file is reported and the run goes on; files that are not DICOM are
 * skipped with the reason.
 */
public final class FolderDeidentification {
    /** What happened to one file: {@code result} on success, else {@code error} or {@code skipped}. */
    public record Outcome(Path input, Path output, DeidentifyResult result, DicomException error, String skipped) {
    }

    /** Counts for the run. */
    public record Summary(int succeeded, int failed, int skipped) {
    }

    private FolderDeidentification() {
    }

    /**
     * Runs over {@code source} (its direct files, or the whole tree when {@code recursive}), writing to the same
     * relative paths under {@code target}. {@code sink} gets each outcome as it happens, one at a time.
     */
    public static Summary run(Path source, Path target, boolean recursive, Deidentifier deidentifier, int threads,
                              Consumer<Outcome> sink) {
        List<Path> files = list(source, recursive);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        Consumer<Outcome> serial = o -> {
            synchronized (sink) {
                sink.accept(o);
            }
        };
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> files.parallelStream().forEach(in -> {
                Path out = target.resolve(source.relativize(in).toString());
                try {
                    serial.accept(new Outcome(in, out, deidentifier.deidentify(in, out), null, null));
                    ok.incrementAndGet();
                } catch (NotDicomException e) {
                    skipped.incrementAndGet();
                    serial.accept(new Outcome(in, null, null, null, e.getMessage()));
                } catch (DicomException e) {
                    failed.incrementAndGet();
                    serial.accept(new Outcome(in, null, null, e, null));
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return new Summary(ok.get(), failed.get(), skipped.get());
    }

    private static List<Path> list(Path source, boolean recursive) {
        try (Stream<Path> s = recursive ? Files.walk(source, FileVisitOption.FOLLOW_LINKS) : Files.list(source)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException("cannot list " + source + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new InputException("cannot list " + source + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
