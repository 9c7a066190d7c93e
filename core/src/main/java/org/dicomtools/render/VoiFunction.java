// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.Locale;

/** VOI LUT Function (0028,1056), PS3.3 C.11.2.1.3: how Window Center and Width map values. */
public enum VoiFunction {
    /** PS3.3 C.11.2.1.2.1, the default when (0028,1056) is absent; needs a width of at least 1. */
    LINEAR,
    /** PS3.3 C.11.2.1.3.2: exactly linear from c − w/2 to c + w/2; needs a width above 0. */
    LINEAR_EXACT,
    /** PS3.3 C.11.2.1.3.1: a logistic curve through the centre; needs a width above 0. */
    SIGMOID;

    /** The function named by a (0028,1056) value or a command-line word, or {@code null} if it names none. */
    public static VoiFunction parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (VoiFunction f : values()) {
            if (f.name().equals(t)) {
                return f;
            }
        }
        return null;
    }

    /** Whether a window of this width is valid for the function (C.11.2.1.2.1: w ≥ 1; C.11.2.1.3: w > 0). */
    public boolean accepts(double width) {
        return this == LINEAR ? width >= 1 : width > 0;
    }
}
