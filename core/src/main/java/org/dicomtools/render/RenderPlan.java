// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;
import org.dicomtools.pixel.Frame;

/**
 * A prepared render: the stages chosen for one data set, frame and options, baked where possible. Apply it to the frame
 * it was planned for, or to other frames with the same layout to render them with the same parameters (e.g. every
 * frame of a series with one window) without rebuilding the table.
 */
public final class RenderPlan {
    private final FrameMapper mapper;
    private final Explanation explanation;
    private final List<String> warnings;

    RenderPlan(FrameMapper mapper, Explanation explanation, List<String> warnings) {
        this.mapper = mapper;
        this.explanation = explanation;
        this.warnings = List.copyOf(warnings);
    }

    /** What the plan applies, for {@code --explain}. */
    public Explanation explanation() {
        return explanation;
    }

    /** What was wrong with the data while planning. */
    public List<String> warnings() {
        return warnings;
    }

    /** The baked grey table, or {@code null} when the plan computes per pixel, or renders colour. */
    public LookupTable lookupTable() {
        return mapper instanceof LookupTable t ? t : null;
    }

    /** Renders a frame. */
    public OutputImage apply(Frame frame) {
        return mapper.apply(frame);
    }

    /** Renders a frame and packs it with the explanation and warnings. */
    public Rendered render(Frame frame) {
        return new Rendered(apply(frame), explanation, warnings);
    }
}
