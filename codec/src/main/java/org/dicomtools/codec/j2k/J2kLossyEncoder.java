// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.Objects;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;

/**
 * Encodes JPEG 2000 lossy (ISO 15444-1 irreversible 9/7 wavelet; DICOM transfer syntax 1.2.840.10008.1.2.4.91) as
 * a raw codestream: one tile, the library's default quality layers, 5 decomposition levels (fewer for small
 * frames), and for three components the irreversible component transform (ICT), which DICOM labels YBR_ICT.
 * Precision is {@code bitsStored} (2 to 16), signed when the frame is.
 *
 * <p>The size is set by {@link EncodeOptions#ratio()}, native size over coded size, where the native size is the
 * frame's as DICOM stores it uncompressed ({@code bitsAllocated} per sample). It becomes the library's encoding
 * rate in bits per pixel, {@code samplesPerPixel * bitsAllocated / ratio}; the library's rate allocator counts the
 * headers in that budget, so the codestream comes out at or a little under {@code frameLength / ratio} bytes.
 * A 12-bit frame in 16-bit words at ratio 10 is coded at 1.6 bits per pixel.
 *
 * <p>Two limits of the library show through. Its quantisation step is fixed at 1/128 of the sample range and cannot
 * be set through its public parameters, so quality stops there: a 12-bit CT slice with noise of 20 comes out at
 * ratio 18 and 49 dB whether 2, 5 or 10 is asked, and the ratio is then a floor, not a target. Where the rate is
 * what limits, the size is usually within 2% of the target, but the library's estimated intermediate layers
 * sometimes overshoot it by up to 20% (ratio 10 asked, 8.3 coded). Callers that record the ratio must measure it.
 *
 * <p>Stateless and thread-safe: each call has its own library writer.
 */
public final class J2kLossyEncoder implements FrameEncoder {

    @Override
    public byte[] encode(byte[] samples, FrameFormat format, EncodeOptions options) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        J2kLibrary.check(format);
        double bitsPerPixel = format.samplesPerPixel() * format.bitsAllocated() / options.ratio();
        return J2kLibrary.write(J2kSamples.toImage(samples, format), false, bitsPerPixel,
                J2kLibrary.levels(format));
    }
}
