// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import java.util.List;

/**
 * A scan header (T.81 B.2.3).
 *
 * @param components the scan's components in scan order
 * @param ss         start of spectral selection; in lossless scans the predictor selection value
 * @param se         end of spectral selection (0 in lossless scans)
 * @param ah         successive approximation bit position high (0 in lossless scans)
 * @param al         successive approximation bit position low; in lossless scans the point transform Pt
 */
public record ScanHeader(List<ScanComponent> components, int ss, int se, int ah, int al) {

    public ScanHeader {
        components = List.copyOf(components);
    }

    /**
     * One component of a scan.
     *
     * @param componentIndex index of the component in {@link FrameHeader#components()} (not its identifier)
     * @param td             DC (or lossless) Huffman table selector, 0-3
     * @param ta             AC Huffman table selector, 0-3
     */
    public record ScanComponent(int componentIndex, int td, int ta) {
    }
}
