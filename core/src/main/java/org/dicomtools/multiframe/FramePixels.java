// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.MalformedDicomException;
import org.dicomtools.error.MissingAttributeException;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.EncapsulatedFrames;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * The pixels of each frame of a multi-frame file as the pixels of a single-frame instance, one frame at a time. Which
 * way is decided once per file, by {@link #of}:
 * <ol>
 *   <li>native Pixel Data (also Float and Double Float Pixel Data): the frame's bytes, in the source syntax
 *       ({@link NativeFramePixels});</li>
 *   <li>encapsulated Pixel Data whose frames {@link EncapsulatedFrames} can locate: the frame's fragments as they
 *       are, with an empty Basic Offset Table, in the source syntax ({@link FragmentFramePixels});</li>
 *   <li>encapsulated Pixel Data whose frames cannot be located from the file's tables and fragments, but whose
 *       fragments hold one JPEG-family or JPEG 2000 codestream per frame: each frame found by its markers and decoded
 *       to Explicit VR Little Endian ({@link DecodedFramePixels}).</li>
 * </ol>
 */
sealed interface FramePixels permits NativeFramePixels, FragmentFramePixels, DecodedFramePixels {

    /** A single-frame data set with its pixels, the syntax to write it in and how its pixels were made. */
    record Placed(DataSet dataSet, TransferSyntax syntax, PixelHandling handling) {
    }

    /**
     * Adds the pixels of frame {@code index} (0-based) to {@code header}, which has none yet.
     *
     * @throws org.dicomtools.error.CodecException when a frame that must be decoded does not decode
     */
    Placed put(DataSet header, int index);

    /**
     * How to take the frames of {@code source} apart.
     *
     * @param warnings receives what had to be done differently from a plain copy
     * @throws MissingAttributeException          there is no pixel data
     * @throws MalformedDicomException            the pixel data is shorter than its frames, or the frames of
     *                                            encapsulated pixel data cannot be found
     * @throws UnsupportedTransferSyntaxException the frames are held in one stream (video), or the syntax of
     *                                            encapsulated data is unknown, or a frame must be decoded and there is
     *                                            no decoder for its syntax
     */
    static FramePixels of(DicomFile source, CodecRegistry registry, List<String> warnings) {
        DataSet ds = source.dataSet();
        Element e = pixelElement(ds);
        ImagePixel image = ImagePixel.of(ds);
        TransferSyntax ts = source.transferSyntax();
        if (!e.isFragments()) {
            if (ts.encapsulated()) {
                warnings.add("Pixel Data is native but the transfer syntax " + ts.name() + " requires encapsulated "
                        + "fragments; the frames are written in Explicit VR Little Endian");
                ts = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
            }
            return new NativeFramePixels(ds, e, image, ts);
        }
        if (ts.isNative()) {
            String declared = source.fileMeta().getString(Tag.TransferSyntaxUID, "(none)");
            throw new UnsupportedTransferSyntaxException(declared, TransferSyntaxes.lookup(declared) != null,
                    "encapsulated Pixel Data under transfer syntax " + declared + ": which codec made its fragments "
                            + "cannot be told, so its frames cannot be split");
        }
        if (!ts.pixelCodec()) {
            throw new UnsupportedTransferSyntaxException(ts.uid(), true, ts.name() + " holds every frame in one "
                    + "stream; its frames cannot be split");
        }
        try {
            int[][] map = EncapsulatedFrames.locate(ds, e.fragments(), image.frames());
            return new FragmentFramePixels(e, map, ts);
        } catch (MalformedDicomException notLocated) {
            List<byte[]> codestreams = Codestreams.split(e.fragments(), image.frames());
            if (codestreams == null) {
                throw notLocated;
            }
            warnings.add("the frames' fragments cannot be located (" + notLocated.getMessage() + "); each frame was "
                    + "found by its codestream markers and decoded to Explicit VR Little Endian");
            registry.decoder(ts); // fails now, not after some frames are written, when there is none
            return new DecodedFramePixels(codestreams, source, new Transcoder(registry));
        }
    }

    private static Element pixelElement(DataSet ds) {
        for (int tag : new int[] {Tag.PixelData, Tag.FloatPixelData, Tag.DoubleFloatPixelData}) {
            Element e = ds.get(tag);
            if (e != null) {
                return e;
            }
        }
        throw new MissingAttributeException(Tag.PixelData, "PixelData");
    }
}
