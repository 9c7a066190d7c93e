// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.ts;

import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.j2k.J2kDecoder;
import org.dicomtools.codec.j2k.J2kLosslessEncoder;
import org.dicomtools.codec.j2k.J2kLossyEncoder;
import org.dicomtools.codec.jpeg.JpegDctEncoder;
import org.dicomtools.codec.jpeg.JpegDecoder;
import org.dicomtools.codec.jpeg.JpegLosslessEncoder;
import org.dicomtools.codec.jpegls.JpegLsDecoder;
import org.dicomtools.codec.jpegls.JpegLsEncoder;
import org.dicomtools.codec.rle.RleDecoder;
import org.dicomtools.codec.rle.RleEncoder;

/** The registry of this build's codecs, made once on first use. */
final class StandardCodecs {
    static final CodecRegistry REGISTRY = build();

    private StandardCodecs() {
    }

    private static CodecRegistry build() {
        FrameDecoder jpeg = new JpegDecoder();
        JpegDctEncoder dct = new JpegDctEncoder();
        JpegLosslessEncoder lossless = new JpegLosslessEncoder();
        FrameDecoder j2k = new J2kDecoder();
        FrameDecoder jpegLs = new JpegLsDecoder();
        JpegLsEncoder jpegLsEncoder = new JpegLsEncoder();
        return CodecRegistry.builder()
                .add(ts("1.2.840.10008.1.2.5"), new RleDecoder(), new RleEncoder())
                .add(ts("1.2.840.10008.1.2.4.50"), jpeg, dct)
                .add(ts("1.2.840.10008.1.2.4.51"), jpeg, dct)
                // Progressive (process 10/12): retired, decoded for robustness with old files, never written.
                .add(ts("1.2.840.10008.1.2.4.55"), jpeg, null)
                .add(ts("1.2.840.10008.1.2.4.57"), jpeg, lossless, o -> o)
                // .70 is process 14 with selection value 1 only, and no point transform (PS3.6, PS3.5 A.4.1).
                .add(ts("1.2.840.10008.1.2.4.70"), jpeg, lossless, StandardCodecs::firstOrderPrediction)
                .add(ts("1.2.840.10008.1.2.4.80"), jpegLs, jpegLsEncoder, StandardCodecs::lossless)
                .add(ts("1.2.840.10008.1.2.4.81"), jpegLs, jpegLsEncoder)
                .add(ts("1.2.840.10008.1.2.4.90"), j2k, new J2kLosslessEncoder())
                .add(ts("1.2.840.10008.1.2.4.91"), j2k, new J2kLossyEncoder())
                .build();
    }

    private static EncodeOptions firstOrderPrediction(EncodeOptions o) {
        return new EncodeOptions(o.quality(), 1, 0, o.subsampling(), o.toYcbcr(), o.restartInterval(), o.near(),
                o.ratio());
    }

    /** .80 is JPEG-LS lossless: NEAR 0 whatever was asked (NEAR belongs to .81). */
    private static EncodeOptions lossless(EncodeOptions o) {
        return o.withNear(0);
    }

    private static TransferSyntax ts(String uid) {
        return TransferSyntaxes.lookup(uid);
    }
}
