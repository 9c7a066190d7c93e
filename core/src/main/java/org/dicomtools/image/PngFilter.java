// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

/**
 * How {@link PngWriter} chooses the PNG filter type (PNG specification, section 9) of each row. The five fixed choices
 * use one filter type for every row; {@link #ADAPTIVE} tries all five per row and keeps the one whose filtered bytes,
 * read as signed values, have the smallest sum of absolute values.
 */
public enum PngFilter {
    /** Filter type 0: bytes as they are. Fastest, largest. */
    NONE(0),
    /** Filter type 1: difference to the byte one pixel to the left. */
    SUB(1),
    /** Filter type 2: difference to the byte above. Fast and good on smooth medical images; the default. */
    UP(2),
    /** Filter type 3: difference to the mean of left and above. */
    AVERAGE(3),
    /** Filter type 4: difference to the Paeth predictor of left, above and upper left. */
    PAETH(4),
    /** Per row, the filter type with the minimum sum of absolute differences. Slowest, usually smallest. */
    ADAPTIVE(-1);

    private final int type;

    PngFilter(int type) {
        this.type = type;
    }

    /** The PNG filter type byte, or -1 for {@link #ADAPTIVE}. */
    public int type() {
        return type;
    }
}
