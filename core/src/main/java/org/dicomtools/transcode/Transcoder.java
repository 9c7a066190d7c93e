// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.nio.file.Path;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.ts.CodecRegistry;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * Changes the transfer syntax of a data set (SPEC §5): native to native by re-encoding the data set alone;
 * otherwise through native frames, decoding the source's fragments and encoding the target's, frame by frame in
 * parallel, with lossless output verified against the source before anything is written.
 */
public final class Transcoder {
    private final CodecRegistry registry;

    public Transcoder(CodecRegistry registry) {
        this.registry = registry;
    }

    /** A transcoder with this build's codecs. */
    public static Transcoder standard() {
        return new Transcoder(CodecRegistry.standard());
    }

    /**
     * Reads {@code in}, transcodes it and writes {@code out} atomically (nothing is written when anything fails).
     */
    public TranscodeResult transcode(Path in, Path out, TranscodeOptions options) {
        TranscodeResult result = transcode(DicomReader.read(in, ReadOptions.DEFAULT), options);
        DicomWriter.write(out, result.file(), options.target(), WriteOptions.DEFAULT);
        return result;
    }

    /**
     * Transcodes a file read into memory (bulk data may stay in its source file until written).
     *
     * @throws UnsupportedTransferSyntaxException the target cannot be written, or the source's pixel data cannot be
     *                                            decoded, or the pixel data does not suit the target
     * @throws org.dicomtools.error.CodecException a codec failed or lossless output did not verify
     */
    public TranscodeResult transcode(DicomFile source, TranscodeOptions options) {
        TransferSyntax from = source.transferSyntax();
        TransferSyntax to = options.target();
        requireWritable(to);
        DataSet ds = source.dataSet();
        Element pixels = ds.get(Tag.PixelData);
        boolean keepPixels = pixels == null || from.isNative() && to.isNative() || from.uid().equals(to.uid());
        if (keepPixels) {
            return new TranscodeResult(withSyntax(source, ds, to), 0, 0, 0, false, false);
        }
        ImagePixel image = ImagePixel.of(ds);
        FrameSource frames = from.isNative() ? FrameSource.nativeFrames(ds)
                : FrameSource.decoded(ds, registry.decoder(from), options.threads());
        DataSet out = ds.shallowCopy();
        if (to.isNative()) {
            long size = NativePixels.write(out, image, frames);
            return new TranscodeResult(withSyntax(source, out, to), image.frames(), size, 0, false, false);
        }
        EncodedPixels encoded = new FrameEncoding(registry, to, options).encode(out, image, frames);
        return new TranscodeResult(withSyntax(source, out, to), image.frames(), encoded.nativeBytes(),
                encoded.encodedBytes(), encoded.lossy(), encoded.verified());
    }

    private void requireWritable(TransferSyntax to) {
        if (to.isNative() && !TransferSyntaxes.nativeSyntaxes().contains(to)) {
            throw new UnsupportedTransferSyntaxException(to.uid(), true, to.name() + " cannot be written; this build "
                    + "writes " + CodecRegistry.names(registry.encodable()));
        }
        if (!to.isNative()) {
            registry.encoder(to);
        }
    }

    private static DicomFile withSyntax(DicomFile source, DataSet ds, TransferSyntax ts) {
        return new DicomFile(source.source(), source.preamble(), source.fileMeta(), ds, ts, -1, false, List.of());
    }
}
