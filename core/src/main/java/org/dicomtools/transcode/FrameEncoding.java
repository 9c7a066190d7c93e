// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.CodecException;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;

/**
 * Encodes every frame into one fragment each with a Basic Offset Table (PS3.5 A.4), frames in parallel but only a few
 * at a time, verifies lossless output frame by frame, and sets what the new pixel data needs: photometric
 * interpretation for colour DCT, and the lossy compression attributes (PS3.3 C.7.6.1.1.5) with a new SOP Instance UID
 * for lossy output.
 */
final class FrameEncoding {
    /** Lossy Image Compression Method defined terms (PS3.3 C.7.6.1.1.5.1). */
    private static final Map<String, String> LOSSY_METHOD = Map.of(
            "1.2.840.10008.1.2.4.50", "ISO_10918_1", "1.2.840.10008.1.2.4.51", "ISO_10918_1",
            "1.2.840.10008.1.2.4.81", "ISO_14495_1", "1.2.840.10008.1.2.4.91", "ISO_15444_1");

    /** Offsets of the Basic Offset Table are 32-bit (PS3.5 A.4). */
    static final long BASIC_OFFSET_LIMIT = 0xFFFFFFFFL;

    private static final String NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
    private static final String J2K_LOSSLESS = "1.2.840.10008.1.2.4.90";
    private static final String J2K_LOSSY = "1.2.840.10008.1.2.4.91";

    private final CodecRegistry registry;
    private final TransferSyntax target;
    private final TranscodeOptions options;

    FrameEncoding(CodecRegistry registry, TransferSyntax target, TranscodeOptions options) {
        this.registry = registry;
        this.target = target;
        this.options = options;
    }

    /**
     * Encodes the frames of {@code frames} into {@code store}, one at a time per thread, and puts them in
     * {@code out} as encapsulated Pixel Data with the attributes that describe it.
     */
    EncodedPixels encode(DataSet out, ImagePixel image, FrameSource frames, EncodedFragments store) {
        FrameFormat format = frames.format();
        String photometric = photometricOf(image, frames.colorSpace());
        if (image.bitsAllocated() == 1 || "YBR_FULL_422".equals(photometric) && frames.colorSpace() == null) {
            throw new UnsupportedTransferSyntaxException(target.uid(), true, target.name() + " cannot hold "
                    + (image.bitsAllocated() == 1 ? "1-bit pixel data" : "native YBR_FULL_422 pixel data"));
        }
        requireDctDepth(format);
        EncodeOptions eo = registry.encodeOptions(target, options.encode());
        boolean colourDct = target.lossy() && format.samplesPerPixel() == 3;
        if (colourDct && !"RGB".equals(photometric)) {
            // Already YCbCr: code the components as they are.
            eo = new EncodeOptions(eo.quality(), eo.predictor(), eo.pointTransform(),
                    EncodeOptions.Subsampling.S444, false, eo.restartInterval(), eo.near(), eo.ratio());
        }
        FrameEncoder encoder = registry.encoder(target);
        boolean lossy = target.lossy() || eo.pointTransform() > 0;
        // Near-lossless JPEG-LS promises |error| <= NEAR per sample (T.87 A.4): that promise is checked too.
        boolean nearLossless = target.uid().equals(NEAR_LOSSLESS) && eo.pointTransform() == 0;
        boolean verified = (!lossy || nearLossless) && options.verify();
        LosslessCheck check = verified
                ? new LosslessCheck(registry.decoder(target), format, nearLossless ? eo.near() : 0) : null;
        EncodeOptions settings = eo;
        // Each frame is read, encoded and checked on one thread, and kept in frame order as soon as it is done.
        try {
            Parallel.inOrder(options.threads(), image.frames(), i -> {
                byte[] source = frames.frame(i);
                byte[] encoded;
                try {
                    // The check compares with the source as read: the encoder gets a copy it cannot spoil.
                    encoded = encoder.encode(check != null ? source.clone() : source, format, settings);
                } catch (CodecFailure e) {
                    throw new CodecException("frame " + i + ": " + e.getMessage(), e);
                }
                if (check != null) {
                    check.verify(i, source, encoded);
                }
                return encoded;
            }, (i, encoded) -> store.add(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // store.add reports its failures as OutputException
        }
        putFragments(out, store.fragments(), BASIC_OFFSET_LIMIT);
        long encodedBytes = store.total();
        long nativeBytes = format.frameLength() * image.frames();
        if (format.samplesPerPixel() == 3) {
            out.setString(Tag.PhotometricInterpretation, VR.CS, colourPhotometric(photometric, colourDct, eo));
            out.setInt(Tag.PlanarConfiguration, VR.US, 0);
        }
        if (lossy) {
            markLossy(out, (double) nativeBytes / encodedBytes);
        }
        return new EncodedPixels(nativeBytes, encodedBytes, lossy, verified);
    }

    /** DCT JPEG codes unsigned 8-bit (baseline, .50) or up to 12-bit (extended, .51) samples (T.81 B.2.2). */
    private void requireDctDepth(FrameFormat format) {
        int max = target.uid().equals("1.2.840.10008.1.2.4.50") ? 8
                : target.uid().equals("1.2.840.10008.1.2.4.51") ? 12 : Integer.MAX_VALUE;
        if (format.bitsStored() > max) {
            throw new UnsupportedTransferSyntaxException(target.uid(), true, target.shortName() + " holds at most "
                    + max + "-bit samples; this image has Bits Stored " + format.bitsStored()
                    + (max == 8 && format.bitsStored() <= 12 ? " (use jpeg-extended)" : " (use a lossless syntax)"));
        }
        if (max != Integer.MAX_VALUE && format.signed()) {
            throw new UnsupportedTransferSyntaxException(target.uid(), true, target.shortName()
                    + " cannot hold signed samples (Pixel Representation 1)");
        }
    }

    /**
     * What colour pixel data holds after encoding (PS3.5 8.2): YBR_FULL_422 / YBR_FULL for DCT JPEG of RGB, YBR_RCT
     * for lossless and YBR_ICT for lossy JPEG 2000 of RGB (the component transform), RGB otherwise.
     */
    private String colourPhotometric(String photometric, boolean colourDct, EncodeOptions eo) {
        if (!"RGB".equals(photometric)) {
            return photometric;
        }
        if (target.uid().equals(J2K_LOSSLESS)) {
            return "YBR_RCT";
        }
        if (target.uid().equals(J2K_LOSSY)) {
            return "YBR_ICT";
        }
        if (colourDct && eo.toYcbcr()) {
            return eo.subsampling() == EncodeOptions.Subsampling.S444 ? "YBR_FULL" : "YBR_FULL_422";
        }
        return photometric;
    }

    private static String photometricOf(ImagePixel image, ColorSpace decoded) {
        if (decoded == ColorSpace.RGB) {
            return "RGB";
        }
        return decoded == ColorSpace.YBR_FULL ? "YBR_FULL" : image.photometricInterpretation();
    }

    /**
     * Sets the fragments, one per frame, as Pixel Data with the offsets of their items (PS3.5 A.4): in the Basic
     * Offset Table when they fit its 32 bits, as they do below 4 GiB; past that the Basic Offset Table stays empty and
     * the offsets and lengths go in the Extended Offset Table (7FE0,0001) and Extended Offset Table Lengths (7FE0,0002)
     * instead, which one fragment per frame allows (PS3.3 C.7.6.3.1.8).
     *
     * @param basicLimit largest offset the Basic Offset Table takes: {@link #BASIC_OFFSET_LIMIT} but in tests
     */
    static void putFragments(DataSet out, Fragments fragments, long basicLimit) {
        int n = fragments.size();
        long[] offsets = new long[n];
        long[] lengths = new long[n];
        long pos = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = pos;
            lengths[i] = fragments.fragmentLength(i);
            pos += 8 + lengths[i] + (lengths[i] & 1);
        }
        out.remove(Tag.ExtendedOffsetTable);
        out.remove(Tag.ExtendedOffsetTableLengths);
        if (pos <= basicLimit) {
            fragments.setBasicOffsetTable(Values.encodeIntegers(VR.UL, offsets));
        } else if (n > 1) {
            out.setBytes(Tag.ExtendedOffsetTable, VR.OV, Values.encodeIntegers(VR.OV, offsets));
            out.setBytes(Tag.ExtendedOffsetTableLengths, VR.OV, Values.encodeIntegers(VR.OV, lengths));
        }
        out.put(Element.ofFragments(Tag.PixelData, VR.OB, fragments));
    }

    /** PS3.3 C.7.6.1.1.5: 01, ratio and method appended to earlier values, and a new instance (a new image). */
    private void markLossy(DataSet out, double ratio) {
        out.setString(Tag.LossyImageCompression, VR.CS, "01");
        out.setString(Tag.LossyImageCompressionRatio, VR.DS, append(out.getStrings(Tag.LossyImageCompressionRatio),
                Values.formatDecimalString(Math.round(ratio * 1000) / 1000.0)));
        out.setString(Tag.LossyImageCompressionMethod, VR.CS, append(out.getStrings(Tag.LossyImageCompressionMethod),
                LOSSY_METHOD.getOrDefault(target.uid(), "ISO_10918_1")));
        out.setString(Tag.SOPInstanceUID, VR.UI, org.dicomtools.data.Uids.random());
    }

    private static String[] append(String[] earlier, String value) {
        String[] all = java.util.Arrays.copyOf(earlier, earlier.length + 1);
        all[earlier.length] = value;
        return all;
    }
}
