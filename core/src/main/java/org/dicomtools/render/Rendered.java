// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;

/**
 * The result of {@link Renderer#render}.
 *
 * @param image       the pixels
 * @param explanation what each stage applied, for {@code --explain}
 * @param warnings    what was wrong with the data and how it was worked around; empty when nothing was
 */
public record Rendered(OutputImage image, Explanation explanation, List<String> warnings) {

    public Rendered {
        warnings = List.copyOf(warnings);
    }
}
