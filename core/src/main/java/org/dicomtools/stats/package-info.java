// SPDX-License-Identifier: Apache-2.0
/**
 * Pixel statistics and histograms ({@code stats}, {@code histogram}) with numpy's definitions: population standard
 * deviation, {@code np.percentile}'s linear interpolation and {@code np.histogram}'s bins.
 *
 * <ul>
 *   <li>{@link org.dicomtools.stats.PixelStatistics}: statistics of one frame, one channel, the luma, or loose
 *       values, optionally after a modality transform;</li>
 *   <li>{@link org.dicomtools.stats.StatisticsAccumulator}: frames added one by one for statistics and histograms
 *       over all frames (integer samples counted per value, float samples kept);</li>
 *   <li>{@link org.dicomtools.stats.Statistics}: the result, with sorted {@code key: value} text and JSON whose
 *       numbers are written as Python writes them;</li>
 *   <li>{@link org.dicomtools.stats.Histogram} and {@link org.dicomtools.stats.HistogramPlot}: counts and edges,
 *       and a bar chart drawn off-screen (headless) as an {@link org.dicomtools.render.OutputImage}.</li>
 * </ul>
 */
package org.dicomtools.stats;
