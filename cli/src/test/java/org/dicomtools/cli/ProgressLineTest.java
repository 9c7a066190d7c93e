// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dicomtools.batch.BatchProgress;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void showsTheTimeLeftOnlyOnceTheWalkHasCountedEveryFile() {
        // 50 done of 150 in 2 s: 25 files/s, 100 left, 4 s; 50 MB in 2 s.
        BatchProgress walking = new BatchProgress(150, false, 45, 3, 2, 0, 50_000_000, 2_000_000_000L);
        assertThat(ProgressLine.text(walking)).isEqualTo("50/150+ files  25.0 files/s  25.0 MB/s  3 failed");
        BatchProgress counted = new BatchProgress(150, true, 45, 3, 2, 0, 50_000_000, 2_000_000_000L);
        assertThat(ProgressLine.text(counted)).isEqualTo("50/150 files  25.0 files/s  25.0 MB/s  ETA 0:04  3 failed");
    }

    @Test
    void durationsPastAnHourShowHours() {
        assertThat(ProgressLine.duration(59.6)).isEqualTo("1:00");
        assertThat(ProgressLine.duration(3725)).isEqualTo("1:02:05");
    }

    @Test
    void redrawsInPlaceAtMostFiveTimesASecondAndClearsItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        BatchProgress p = new BatchProgress(10, true, 1, 0, 0, 0, 1000, 1_000_000_000L);
        line.update(p);
        line.update(p); // within 200 ms of the first: not drawn
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).isEqualTo("\r" + ProgressLine.text(p));
        line.clear();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r" + " ".repeat(drawn.length() - 1) + "\r");

        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new ProgressLine(new PrintStream(none, true, StandardCharsets.UTF_8), false).update(p);
        assertThat(none.size()).isZero();
    }
}
