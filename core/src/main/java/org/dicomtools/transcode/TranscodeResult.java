// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import org.dicomtools.io.DicomFile;

/**
 * The outcome of a transcode.
 *
 * @param file          the data set to write (or written) and its new transfer syntax (file meta is made when
 *                      written); native Pixel Data decoded while written is decoded anew if read
 *                      ({@link org.dicomtools.data.StreamedValue})
 * @param frames        frames decoded or encoded (0 when pixel data was kept as it was)
 * @param nativeBytes   size of the native pixel data
 * @param encodedBytes  size of the encapsulated pixel data written (0 for native targets)
 * @param lossy         whether lossy compression was applied now
 * @param verified      whether lossless output was decoded and compared with the source
 */
public record TranscodeResult(DicomFile file, int frames, long nativeBytes, long encodedBytes, boolean lossy,
                              boolean verified) {

    /** Native size over encoded size, or 0 when nothing was encoded. */
    public double compressionRatio() {
        return encodedBytes == 0 ? 0 : (double) nativeBytes / encodedBytes;
    }
}
