// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Frames worked on in parallel are taken in frame order, with only a few made ahead of the one being taken. */
class ParallelTest {

    @Test
    void takesEveryResultInFrameOrderWithAtMostTwoPerThreadAhead() throws Exception {
        int threads = 3;
        AtomicInteger made = new AtomicInteger();
        List<Integer> taken = new ArrayList<>();
        int[] mostAhead = {0};
        Parallel.inOrder(threads, 200, i -> {
            made.incrementAndGet();
            return i * 10;
        }, (i, result) -> {
            assertThat(result).isEqualTo(i * 10);
            taken.add(i);
            mostAhead[0] = Math.max(mostAhead[0], made.get() - i);
        });
        assertThat(taken).hasSize(200).isSorted();
        assertThat(mostAhead[0]).isBetween(1, 2 * threads);
    }

    @Test
    void rethrowsTheFirstFailureInFrameOrder() {
        assertThatThrownBy(() -> Parallel.inOrder(4, 50, i -> {
            if (i == 7 || i == 9) {
                throw new IllegalArgumentException("frame " + i);
            }
            return i;
        }, (i, r) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("frame 7");
    }

    @Test
    void runsOnTheCallingThreadWithOneThread() throws Exception {
        Thread caller = Thread.currentThread();
        List<Integer> taken = new ArrayList<>();
        Parallel.inOrder(1, 5, i -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            return i;
        }, (i, r) -> taken.add(r));
        assertThat(taken).containsExactly(0, 1, 2, 3, 4);
    }
}
