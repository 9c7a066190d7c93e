// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.operations.PixelStats;
import org.dicomtools.stats.Statistics;

/**
 * {@code stats}: the pixel statistics of {@link PixelStats} for each file (SPEC §7), as the {@code stats} command's
 * JSON has them: the keys themselves for grey (or luminance), one object per channel for colour. Writes nothing.
 */
public final class StatsOperation implements BatchOperation {
    private final PixelStats.Request settings;

    /** @param settings frame, all frames, modality and luminance; the input is set per file */
    public StatsOperation(PixelStats.Request settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public OpResult process(Path input, Path target) {
        Map<String, Statistics> stats = PixelStats.statistics(new PixelStats.Request(input, settings.frame(),
                settings.allFrames(), settings.modality(), settings.luminance()));
        Map<String, Object> fields = new LinkedHashMap<>();
        if (stats.size() == 1) {
            fields.putAll(stats.values().iterator().next().toMap());
        } else {
            stats.forEach((channel, s) -> fields.put(channel, s.toMap()));
        }
        return OpResult.ok(null, null, fields);
    }
}
