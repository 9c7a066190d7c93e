// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.TranscodeResult;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * {@code transcode} and {@code decompress}: each file to the same relative path in the target transfer syntax
 * ({@link Transcoder}, lossless output verified unless turned off). {@code decompress} is a transcode to Explicit VR
 * Little Endian in which a file that is already native is still written, so the mirrored tree is complete, and says
 * so ({@code already uncompressed}). Frames of one file are coded on one thread: the batch is parallel over files.
 * Each file is written as it is transcoded, a few frames in memory at a time, so a multi-gigabyte multi-frame file in
 * the folder needs no more memory than a small one.
 */
public final class TranscodeOperation implements BatchOperation {
    private final String name;
    private final Transcoder transcoder;
    private final TranscodeOptions options;

    private TranscodeOperation(String name, Transcoder transcoder, TranscodeOptions options) {
        this.name = name;
        this.transcoder = transcoder;
        this.options = options.withThreads(1);
    }

    /** Transcode to {@code options.target()}. */
    public static TranscodeOperation transcode(Transcoder transcoder, TranscodeOptions options) {
        return new TranscodeOperation("transcode", transcoder, options);
    }

    /** Decode to Explicit VR Little Endian. */
    public static TranscodeOperation decompress(Transcoder transcoder) {
        return new TranscodeOperation("decompress", transcoder,
                TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public Path target(Path outputRoot, Path relative) {
        return outputRoot.resolve(relative.toString());
    }

    @Override
    public OpResult process(Path input, Path target) {
        DicomFile source = DicomReader.read(input, ReadOptions.DEFAULT);
        TranscodeResult r = transcoder.transcode(source, target, options);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("from", source.transferSyntax().shortName());
        fields.put("to", options.target().shortName());
        fields.put("frames", r.frames());
        fields.put("ratio", r.encodedBytes() > 0 ? Math.round(r.compressionRatio() * 1000) / 1000.0 : null);
        fields.put("lossy", r.lossy());
        fields.put("verified", r.verified());
        String note = name.equals("decompress") && source.transferSyntax().isNative() ? "already uncompressed" : null;
        return OpResult.ok(target, note, fields);
    }
}
