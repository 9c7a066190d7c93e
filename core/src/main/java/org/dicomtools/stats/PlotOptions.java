// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.stats;

/**
 * Layout and labels of a {@link HistogramPlot}.
 *
 * @param width  image width in pixels, at least 240
 * @param height image height in pixels, at least 180
 * @param title  first line at the top, e.g. the file name and which values are counted
 * @param xLabel label of the horizontal (value) axis
 */
public record PlotOptions(int width, int height, String title, String xLabel) {

    public PlotOptions {
        if (width < 240 || height < 180) {
            throw new IllegalArgumentException("a plot needs at least 240x180 pixels, not " + width + "x" + height);
        }
        title = title == null ? "" : title;
        xLabel = xLabel == null ? "" : xLabel;
    }

    /**
     * An 800×500 plot titled with the file name and "stored values" or "modality values".
     *
     * @param fileName name of the file shown (without its folder), or {@code null}
     * @param modality whether the counted values are after the Modality LUT
     */
    public static PlotOptions of(String fileName, boolean modality) {
        String values = modality ? "modality values" : "stored values";
        String title = fileName == null || fileName.isEmpty() ? values : fileName + " (" + values + ")";
        return new PlotOptions(800, 500, title, modality ? "modality value" : "stored value");
    }
}
