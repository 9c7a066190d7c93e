// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.CodecException;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.MissingAttributeException;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.EncapsulatedFrames;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * Random access to one frame of a file's pixels as sample values ({@link Frame}): only that frame's bytes are read
 * (its byte range of native Pixel Data, or its fragments of encapsulated Pixel Data), so frame 900 of a large
 * multi-frame file costs what frame 0 does.
 *
 * <p>Native Pixel Data (PS3.5 8.1.1) of 1 (packed), 8, 16 or 32 bits allocated, 1 or 3 samples, either planar
 * configuration (the frame is always pixel-interleaved), and YBR_FULL_422 (expanded to three samples per pixel and
 * reported as YBR_FULL); Float and Double Float Pixel Data; encapsulated Pixel Data through the registry's decoder
 * for the file's transfer syntax, reported in the colour space the decoder returned (RGB after a YBR JPEG is
 * converted). Integer samples are masked to Bits Stored and sign-extended when Pixel Representation is 1.
 */
public final class FrameReader {
    private FrameReader() {
    }

    /** Number of Frames (1 when absent) of a file with pixel data; works on a header read that stopped before it. */
    public static int frameCount(DicomFile file) {
        DataSet ds = file.dataSet();
        if (pixelElement(ds) == null && !file.stoppedBeforePixels()) {
            throw new MissingAttributeException(Tag.PixelData, "PixelData");
        }
        return ImagePixel.of(ds).frames();
    }

    /** Frame {@code index} (0-based), decoding encapsulated data with this build's codecs. */
    public static Frame read(DicomFile file, int index) {
        return read(file, index, CodecRegistry.standard());
    }

    /**
     * Frame {@code index} (0-based).
     *
     * @throws MissingAttributeException when there is no Pixel Data, Float Pixel Data or Double Float Pixel Data
     * @throws InvalidValueException     when the frame is out of range or the pixel description is not supported
     * @throws org.dicomtools.error.MalformedDicomException when Pixel Data is shorter than the frames it declares
     * @throws org.dicomtools.error.UnsupportedTransferSyntaxException when the registry has no decoder for the
     *                                   file's transfer syntax
     * @throws CodecException            when the decoder fails on the frame
     */
    public static Frame read(DicomFile file, int index, CodecRegistry registry) {
        DataSet ds = file.dataSet();
        Element e = pixelElement(ds);
        if (e == null) {
            throw new MissingAttributeException(Tag.PixelData, "PixelData");
        }
        if (e.tag() != Tag.PixelData) {
            return floating(ds, e, index);
        }
        if (e.isFragments()) {
            if (file.transferSyntax().isNative()) {
                // The meta names a syntax we do not know (or a native one) over encapsulated data: which codec
                // made the fragments cannot be told, so say what the file declares rather than guess.
                String declared = file.fileMeta().getString(Tag.TransferSyntaxUID, "(none)");
                throw new UnsupportedTransferSyntaxException(declared, TransferSyntaxes.lookup(declared) != null,
                        "encapsulated Pixel Data under transfer syntax " + declared
                                + (TransferSyntaxes.lookup(declared) == null ? ", which is not a known syntax"
                                : ", which is native") + "; cannot tell which codec to decode it with");
            }
            FrameDecoder decoder = registry.decoder(file.transferSyntax());
            return encapsulated(ds, e.fragments(), index, decoder);
        }
        return nativeFrame(ds, e, index);
    }

    private static Element pixelElement(DataSet ds) {
        for (int tag : new int[] {Tag.PixelData, Tag.FloatPixelData, Tag.DoubleFloatPixelData}) {
            Element e = ds.get(tag);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static void checkIndex(ImagePixel image, int index) {
        if (index < 0 || index >= image.frames()) {
            throw new InvalidValueException("frame " + index + " out of range: the image has " + image.frames()
                    + " frame(s)");
        }
    }

    private static Frame nativeFrame(DataSet ds, Element e, int index) {
        ImagePixel image = ImagePixel.of(ds);
        int allocated = image.bitsAllocated();
        if (allocated == 1) {
            return singleBit(image, e, index);
        }
        if (allocated != 8 && allocated != 16 && allocated != 32) {
            throw new InvalidValueException("(0028,0100) BitsAllocated " + allocated
                    + " is not supported for Pixel Data (1, 8, 16 or 32)");
        }
        samplesSupported(image);
        NativeFrames frames = NativeFrames.of(ds);
        checkIndex(image, index);
        byte[] bytes = frames.frame(index);
        int pixels = image.rows() * image.columns();
        boolean ybr422 = "YBR_FULL_422".equals(image.photometricInterpretation()) && image.samplesPerPixel() == 3;
        int stored = ybr422 ? pixels * 2 : pixels * image.samplesPerPixel();
        boolean planar = !ybr422 && image.samplesPerPixel() == 3 && image.planarConfiguration() == 1;
        return toFrame(image, bytes, allocated, stored, planar, ybr422,
                ybr422 ? "YBR_FULL" : image.photometricInterpretation());
    }

    /** Samples of a frame in native layout: integers masked and sign-extended, planes interleaved, 4:2:2 expanded. */
    private static Frame toFrame(ImagePixel image, byte[] bytes, int allocated, int stored, boolean planar,
                                 boolean ybr422, String photometric) {
        int pixels = image.rows() * image.columns();
        int samples = ybr422 ? 3 : stored / pixels;
        int bitsStored = Math.min(image.bitsStored(), allocated);
        if (allocated == 32) {
            double[] v = StoredSamples.ints32(bytes, stored, bitsStored, image.signed());
            if (planar) {
                v = StoredSamples.interleave(v, pixels, samples);
            }
            return new Frame(image.columns(), image.rows(), samples, bitsStored, image.signed(), photometric, null, v);
        }
        int[] v = StoredSamples.ints(bytes, stored, allocated / 8, bitsStored, image.signed());
        if (ybr422) {
            v = StoredSamples.expand422(v, pixels);
        } else if (planar) {
            v = StoredSamples.interleave(v, pixels, samples);
        }
        return new Frame(image.columns(), image.rows(), samples, bitsStored, image.signed(), photometric, v, null);
    }

    /** Packed bits: frame {@code index} starts at bit index × pixels × samples, not necessarily on a byte. */
    private static Frame singleBit(ImagePixel image, Element e, int index) {
        samplesSupported(image);
        long bitsPerFrame = (long) image.rows() * image.columns() * image.samplesPerPixel();
        PixelBytes.requireLength(e, "PixelData", (bitsPerFrame * image.frames() + 7) / 8, image, 1);
        checkIndex(image, index);
        long firstBit = bitsPerFrame * index;
        long from = firstBit / 8;
        long to = (firstBit + bitsPerFrame + 7) / 8;
        byte[] bytes = PixelBytes.read(e, from, to - from);
        int[] v = StoredSamples.bits(bytes, (int) (firstBit % 8), (int) bitsPerFrame);
        int pixels = image.rows() * image.columns();
        if (image.samplesPerPixel() == 3 && image.planarConfiguration() == 1) {
            v = StoredSamples.interleave(v, pixels, 3);
        }
        if (image.signed()) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i]; // a set bit is -1 in one bit of two's complement
            }
        }
        return new Frame(image.columns(), image.rows(), image.samplesPerPixel(), 1, image.signed(),
                image.photometricInterpretation(), v, null);
    }

    /** Float (OF, binary32) or Double Float (OD, binary64) Pixel Data, PS3.3 C.7.6.24 and C.7.6.25. */
    private static Frame floating(DataSet ds, Element e, int index) {
        ImagePixel image = ImagePixel.of(ds);
        samplesSupported(image);
        boolean single = e.tag() == Tag.FloatPixelData;
        int bytesPerSample = single ? 4 : 8;
        int count = image.rows() * image.columns() * image.samplesPerPixel();
        long frameLength = (long) count * bytesPerSample;
        PixelBytes.requireLength(e, single ? "FloatPixelData" : "DoubleFloatPixelData",
                frameLength * image.frames(), image, bytesPerSample * 8);
        checkIndex(image, index);
        byte[] bytes = PixelBytes.read(e, frameLength * index, frameLength);
        double[] v = single ? StoredSamples.floats(bytes, count) : StoredSamples.doubles(bytes, count);
        if (image.samplesPerPixel() == 3 && image.planarConfiguration() == 1) {
            v = StoredSamples.interleave(v, image.rows() * image.columns(), 3);
        }
        return new Frame(image.columns(), image.rows(), image.samplesPerPixel(), bytesPerSample * 8, true,
                image.photometricInterpretation(), null, v);
    }

    private static Frame encapsulated(DataSet ds, Fragments fragments, int index, FrameDecoder decoder) {
        ImagePixel image = ImagePixel.of(ds);
        int allocated = image.bitsAllocated();
        if (allocated != 8 && allocated != 16 && allocated != 32) {
            throw new InvalidValueException("(0028,0100) BitsAllocated " + allocated
                    + " is not supported for encapsulated Pixel Data (8, 16 or 32)");
        }
        samplesSupported(image);
        checkIndex(image, index);
        int[] parts = EncapsulatedFrames.locate(ds, fragments, image.frames())[index];
        DecodedFrame decoded;
        try {
            decoded = decoder.decode(EncapsulatedFrames.join(fragments, parts), image.frameFormat().withPlanar(false),
                    DecodeOptions.DEFAULT);
        } catch (CodecFailure ex) {
            throw new CodecException("frame " + index + ": " + ex.getMessage(), ex);
        }
        FrameFormat f = decoded.format();
        if (f.columns() != image.columns() || f.rows() != image.rows()) {
            throw new CodecException("frame " + index + " decodes to " + f.columns() + "x" + f.rows() + " but the "
                    + "data set says " + image.columns() + "x" + image.rows());
        }
        int stored = f.pixels() * f.samplesPerPixel();
        return toFrame(image, decoded.samples(), f.bitsAllocated(), stored, f.planar() && f.samplesPerPixel() == 3,
                false, photometric(image, decoded));
    }

    /** What the decoded samples are: the decoder's colour space when it says, else the data set's. */
    private static String photometric(ImagePixel image, DecodedFrame decoded) {
        String declared = image.photometricInterpretation();
        return switch (decoded.colorSpace()) {
            case RGB -> "RGB";
            case YBR_FULL -> "YBR_FULL";
            // Decoded frames hold every sample of every pixel, so 4:2:2 data is no longer subsampled.
            case MONOCHROME, UNKNOWN -> decoded.format().samplesPerPixel() == 3 && declared.equals("YBR_FULL_422")
                    ? "YBR_FULL" : declared;
        };
    }

    private static void samplesSupported(ImagePixel image) {
        int spp = image.samplesPerPixel();
        if (spp != 1 && spp != 3) {
            throw new InvalidValueException("(0028,0002) SamplesPerPixel " + spp + " is not supported (1 or 3)");
        }
    }
}
