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
 * parallel with only a few frames in memory at a time, with lossless output verified frame by frame against the
 * source before anything is written.
 */
public final class Transcoder {
    private final CodecRegistry registry;
    /** Encoded bytes of one file kept in memory before they go to a spill file beside the output. */
    private final long spillAbove;

    public Transcoder(CodecRegistry registry) {
        this(registry, Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 32));
    }

    /** @param spillAbove encoded bytes of one file held in memory before they are spilled to disk */
    Transcoder(CodecRegistry registry, long spillAbove) {
        this.registry = registry;
        this.spillAbove = spillAbove;
    }

    /** A transcoder with this build's codecs. */
    public static Transcoder standard() {
        return new Transcoder(CodecRegistry.standard());
    }

    /**
     * Reads {@code in}, transcodes it and writes {@code out} atomically (nothing is written when anything fails), in
     * memory bounded by a few frames whatever the size of the file: see {@link #transcode(DicomFile, Path,
     * TranscodeOptions)}.
     */
    public TranscodeResult transcode(Path in, Path out, TranscodeOptions options) {
        return transcode(DicomReader.read(in, ReadOptions.DEFAULT), out, options);
    }

    /**
     * Transcodes {@code source} and writes {@code out} atomically (a temporary file in its folder renamed into place;
     * nothing is written when anything fails). Frames are read from their range of the source file and decoded or
     * encoded a few at a time: native output is decoded while it is written; encapsulated output is kept in memory
     * while small and otherwise in a hidden spill file beside {@code out}, deleted before this returns, so that the
     * offset table and compression ratio that precede Pixel Data are known when it is written.
     *
     * <p>The result's data set is the one written; its Pixel Data is decoded anew if read, or, when it was spilled,
     * left in {@code out}.
     *
     * @param source a file read with its bulk data left in it ({@link ReadOptions#DEFAULT}) for bounded memory
     * @throws org.dicomtools.error.OutputException when {@code out} (or the spill file) cannot be written
     * @see #transcode(DicomFile, TranscodeOptions) for the errors of the transcode itself
     */
    public TranscodeResult transcode(DicomFile source, Path out, TranscodeOptions options) {
        try (EncodedFragments store = EncodedFragments.beside(out, spillAbove)) {
            TranscodeResult r = transcode(source, options, store, true);
            DicomWriter.write(out, r.file(), options.target(), WriteOptions.DEFAULT);
            if (store.spilled()) {
                // The spill file goes with the store: point at the fragments where they are now.
                r.file().dataSet().put(DicomReader.read(out, ReadOptions.DEFAULT).dataSet().get(Tag.PixelData));
            }
            return r;
        }
    }

    /**
     * Transcodes a file into memory: the result's Pixel Data is held whole (bulk data kept as it was may stay in its
     * source file until written). For files larger than memory write with {@link #transcode(DicomFile, Path,
     * TranscodeOptions)} instead.
     *
     * @throws UnsupportedTransferSyntaxException the target cannot be written, or the source's pixel data cannot be
     *                                            decoded, or the pixel data does not suit the target
     * @throws org.dicomtools.error.CodecException a codec failed or lossless output did not verify
     */
    public TranscodeResult transcode(DicomFile source, TranscodeOptions options) {
        return transcode(source, options, EncodedFragments.inMemory(), false);
    }

    /** @param streamed native output decoded when written rather than now */
    private TranscodeResult transcode(DicomFile source, TranscodeOptions options, EncodedFragments store,
                                      boolean streamed) {
        TransferSyntax from = source.transferSyntax();
        TransferSyntax to = options.target();
        requireWritable(to);
        DataSet ds = source.dataSet();
        Element pixels = ds.get(Tag.PixelData);
        boolean keepPixels = pixels == null || from.isNative() && to.isNative() || from.uid().equals(to.uid());
        if (keepPixels) {
            // Native to native changes the encoding of the data set alone: the writer converts the byte order of
            // Pixel Data left in its file a chunk at a time as it copies it.
            return new TranscodeResult(withSyntax(source, ds, to), 0, 0, 0, false, false);
        }
        ImagePixel image = ImagePixel.of(ds);
        FrameSource frames = from.isNative() ? FrameSource.nativeFrames(ds)
                : FrameSource.decoded(ds, registry.decoder(from));
        DataSet out = ds.shallowCopy();
        if (to.isNative()) {
            long size = NativePixels.put(out, image, frames, options.threads(), streamed);
            return new TranscodeResult(withSyntax(source, out, to), image.frames(), size, 0, false, false);
        }
        EncodedPixels encoded = new FrameEncoding(registry, to, options).encode(out, image, frames, store);
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
