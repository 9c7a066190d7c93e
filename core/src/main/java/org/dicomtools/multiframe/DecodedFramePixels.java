// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * Frames that could not be copied as they are, decoded to native samples and written in Explicit VR Little Endian.
 * Each frame's codestream becomes a one-frame data set in the source syntax, and the {@link Transcoder} does the rest
 * as it does for any file: decodes, and sets Photometric Interpretation and Planar Configuration to what the decoder
 * returned (RGB for colour JPEG decoded from YCbCr, for example).
 */
final class DecodedFramePixels implements FramePixels {
    private static final TransferSyntax TARGET = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;

    private final List<byte[]> codestreams;
    private final DicomFile source;
    private final Transcoder transcoder;

    DecodedFramePixels(List<byte[]> codestreams, DicomFile source, Transcoder transcoder) {
        this.codestreams = codestreams;
        this.source = source;
        this.transcoder = transcoder;
    }

    @Override
    public Placed put(DataSet header, int index) {
        Fragments one = new Fragments();
        one.add(codestreams.get(index));
        header.put(Element.ofFragments(Tag.PixelData, VR.OB, one));
        DicomFile frame = DicomFile.of(source.fileMeta(), header, source.transferSyntax());
        DataSet decoded = transcoder.transcode(frame, TranscodeOptions.to(TARGET).withThreads(1)).file().dataSet();
        return new Placed(decoded, TARGET, PixelHandling.DECODED);
    }
}
