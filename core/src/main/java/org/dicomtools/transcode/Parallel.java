// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Works on frames on a bounded number of threads and hands the results over in frame order, with at most two per
 * thread made and not yet taken: a file of thousands of frames costs the memory of a few, whatever its size. The
 * first failure in frame order is rethrown as it was.
 */
final class Parallel {
    /** Results made ahead of the one being taken, per thread: enough to keep every thread busy. */
    private static final int AHEAD_PER_THREAD = 2;

    /** Takes each result, in frame order, on the calling thread. */
    @FunctionalInterface
    interface Taker<T> {
        void take(int index, T result) throws IOException;
    }

    private Parallel() {
    }

    /**
     * Runs {@code make} for frames 0 to {@code count - 1} on up to {@code threads} threads and gives each result to
     * {@code take} in frame order.
     *
     * @throws IOException from {@code take}
     */
    static <T> void inOrder(int threads, int count, IntFunction<T> make, Taker<T> take) throws IOException {
        if (threads <= 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                take.take(i, make.apply(i));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
            Thread t = new Thread(r, "dicom-tools-frames");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<T>> ahead = new ArrayDeque<>();
            int next = 0;
            int window = threads * AHEAD_PER_THREAD;
            for (int taken = 0; taken < count; taken++) {
                while (next < count && ahead.size() < window) {
                    int index = next++;
                    ahead.add(pool.submit(() -> make.apply(index)));
                }
                take.take(taken, result(ahead.poll()));
            }
        } finally {
            // After a failure the frames still being made are of no use: stop waiting for them.
            pool.shutdownNow();
        }
    }

    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
