// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.OutputException;
import org.dicomtools.io.FolderScan;

/**
 * Copies or moves the DICOM files of a folder into a tree named by their attributes (the seed's
 * {@code organize_dicom.py}, made safe).
 *
 * <p>How a run goes: {@link FolderScan} walks the source in sorted order; each file is probed by content
 * ({@link org.dicomtools.io.DicomProbe}: anything not a DICOM instance, DICOMDIRs included, is skipped with the
 * reason), its header read up to Pixel Data and its destination rendered by the {@link PathTemplate}, on
 * {@link OrganizeRequest#threads()} threads a few files ahead of placement. Placement itself (collision handling,
 * then the copy or move) runs on the calling thread strictly in walk order, so a run gives the same result
 * whatever the thread timing, and the sink sees one {@link Placement} at a time, in that order.
 */
public final class Organizer {
    /** Files inspected ahead of placement, per thread: enough to keep the threads busy, few enough to hold. */
    private static final int AHEAD_PER_THREAD = 4;

    private Organizer() {
    }

    /**
     * Organises {@code request.source()} into {@code request.destination()}, handing each outcome to {@code sink}.
     * A file that cannot be read or written is reported as {@link Action#FAILED} and the run goes on.
     *
     * @throws org.dicomtools.error.InputException the source does not exist or cannot be listed
     * @throws InvalidValueException               see {@link #checkDestination}
     * @throws OutputException                     the destination exists and is not a folder
     */
    public static OrganizeSummary run(OrganizeRequest request, Consumer<? super Placement> sink) {
        checkDestination(request.source(), request.destination(), request.recursive());
        if (Files.exists(request.destination()) && !Files.isDirectory(request.destination())) {
            throw new OutputException(request.destination() + ": exists and is not a folder", null);
        }
        Placer placer = new Placer(request);
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        int[] dicom = {0};
        Path root = request.source();
        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), r -> {
            Thread t = new Thread(r, "organize-inspect");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Inspection>> ahead = new ArrayDeque<>();
        Consumer<Future<Inspection>> place = f -> {
            Inspection in = await(f);
            if (in.kind() == Inspection.Kind.INSTANCE) {
                dicom[0]++;
            }
            Placement p = placer.place(in);
            if (p != null) {
                counts.merge(p.action(), 1, Integer::sum);
                sink.accept(p);
            }
        };
        try {
            FolderScan.walk(root, request.recursive(), entry -> {
                ahead.add(pool.submit(() -> Inspection.of(entry, root, request.template())));
                while (ahead.size() > request.threads() * AHEAD_PER_THREAD) {
                    place.accept(ahead.poll());
                }
            });
            while (!ahead.isEmpty()) {
                place.accept(ahead.poll());
            }
        } finally {
            pool.shutdownNow();
        }
        return new OrganizeSummary(counts, dicom[0]);
    }

    /**
     * Refuses a destination inside the source when walking recursively: the walk would find the run's own output
     * (and, with {@code --move}, keep moving it). Outside the source, or with a top-level-only walk (which never
     * enters sub-folders), the destination is safe.
     *
     * @throws InvalidValueException when the destination is the source or inside it and {@code recursive}
     */
    public static void checkDestination(Path source, Path destination, boolean recursive) {
        if (!recursive || !Files.isDirectory(source)) {
            return;
        }
        Path s = FolderScan.realPath(source);
        Path d = FolderScan.realPath(destination);
        if (d.startsWith(s)) {
            throw new InvalidValueException("destination " + destination + " is inside the source " + source
                    + ": a recursive walk would find its own output; choose a destination outside the source");
        }
    }

    private static Inspection await(Future<Inspection> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
