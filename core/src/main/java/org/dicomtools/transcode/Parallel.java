// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Runs work over frame indices on a bounded number of threads, rethrowing the first failure as it was. */
final class Parallel {
    private Parallel() {
    }

    static void forEach(int threads, int count, IntConsumer work) {
        if (threads <= 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                work.accept(i);
            }
            return;
        }
        if (threads >= ForkJoinPool.getCommonPoolParallelism() + 1) {
            IntStream.range(0, count).parallel().forEach(work);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(work)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
