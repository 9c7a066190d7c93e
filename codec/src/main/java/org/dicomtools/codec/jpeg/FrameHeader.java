// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.List;

/**
 * A frame header (T.81 B.2.2).
 *
 * @param sof        the SOFn marker code, which names the coding process
 * @param precision  sample precision P in bits
 * @param height     number of lines Y; 0 when a DNL segment after the first scan gives it
 * @param width      samples per line X
 * @param components the frame's components in header order
 */
public record FrameHeader(int sof, int precision, int height, int width, List<Component> components) {

    public FrameHeader {
        components = List.copyOf(components);
    }

    /** The same frame with the number of lines a DNL segment gave. */
    public FrameHeader withHeight(int lines) {
        return new FrameHeader(sof, precision, lines, width, components);
    }

    /** Largest horizontal sampling factor of the components. */
    public int maxH() {
        int m = 1;
        for (Component c : components) {
            m = Math.max(m, c.h());
        }
        return m;
    }

    /** Largest vertical sampling factor of the components. */
    public int maxV() {
        int m = 1;
        for (Component c : components) {
            m = Math.max(m, c.v());
        }
        return m;
    }

    /**
     * One component of a frame.
     *
     * @param id component identifier C
     * @param h  horizontal sampling factor H, 1-4
     * @param v  vertical sampling factor V, 1-4
     * @param tq quantization table selector Tq, 0-3 (0 in lossless frames)
     */
    public record Component(int id, int h, int v, int tq) {
    }
}
