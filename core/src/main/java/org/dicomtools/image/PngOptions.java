// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

/**
 * How {@link PngWriter} encodes: the zlib compression level (1 fastest to 9 smallest) and the row filter.
 *
 * @param level deflate level 1-9
 * @param filter row filter choice
 */
public record PngOptions(int level, PngFilter filter) {

    /**
     * Level 1 with the UP filter, the fast choice: on CT slices about 10% larger than level 9 with adaptive filtering,
     * at a twentieth of the time.
     */
    public static final PngOptions DEFAULT = new PngOptions(1, PngFilter.UP);

    public PngOptions {
        if (level < 1 || level > 9) {
            throw new IllegalArgumentException("PNG compression level must be 1-9, not " + level);
        }
        if (filter == null) {
            throw new IllegalArgumentException("PNG filter must not be null");
        }
    }

    public PngOptions withLevel(int newLevel) {
        return new PngOptions(newLevel, filter);
    }

    public PngOptions withFilter(PngFilter newFilter) {
        return new PngOptions(level, newFilter);
    }
}
