// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.dicomtools.batch.BatchProgress;

/**
 * The batch progress line on stderr: done/found, files/s, MB/s, the time left once the walk has counted every file,
 * and failures so far, redrawn in place with {@code \r} at most five times a second. Other stderr lines clear it
 * first, so they never mix with it.
 */
final class ProgressLine {
    private static final long MIN_INTERVAL_NANOS = 200_000_000L;
    private final PrintStream err;
    private final boolean enabled;
    private long lastDrawn = Long.MIN_VALUE;
    private int width;

    ProgressLine(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Redraws the line unless it was drawn less than 200 ms ago. */
    void update(BatchProgress p) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (lastDrawn != Long.MIN_VALUE && now - lastDrawn < MIN_INTERVAL_NANOS) {
            return;
        }
        lastDrawn = now;
        String text = text(p);
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        width = text.length();
    }

    /** Blanks the line so another line can be printed; the next update draws it again. */
    void clear() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
            lastDrawn = Long.MIN_VALUE;
        }
    }

    static String text(BatchProgress p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.done()).append('/').append(p.found()).append(p.walkComplete() ? "" : "+").append(" files");
        sb.append(String.format(Locale.ROOT, "  %.1f files/s  %.1f MB/s", p.filesPerSecond(), p.megabytesPerSecond()));
        if (p.walkComplete() && p.filesPerSecond() > 0) {
            sb.append("  ETA ").append(duration((p.found() - p.done()) / p.filesPerSecond()));
        }
        if (p.failed() > 0) {
            sb.append("  ").append(p.failed()).append(" failed");
        }
        return sb.toString();
    }

    /** {@code m:ss}, or {@code h:mm:ss} past an hour. */
    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
