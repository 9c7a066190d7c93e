// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Sequence;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.MalformedDicomException;

/**
 * The header of one frame split from a multi-frame instance: the source's data set with
 * <ul>
 *   <li>a new SOP Instance UID ({@link FrameUids}), Instance Number = the frame number, Number of Frames 1;</li>
 *   <li>the Per-frame Functional Groups Sequence reduced to the frame's item, the Shared one kept (PS3.3 C.7.6.16),
 *       so the frame keeps its Frame Content (dimension index values), position and window; Dimension Organization
 *       and Dimension Index sequences stay, as they describe what the indices mean;</li>
 *   <li>frame-indexed vectors and frame references cut to the frame ({@link FrameVectors});</li>
 *   <li>no Extended Offset Table (7FE0,0001/0002): it described the source's fragments.</li>
 * </ul>
 * Study, series, frame of reference and every other attribute stay as they are: the frame is the same image,
 * repackaged.
 *
 * <p>No Source Image Sequence (0008,2112) is added. PS3.3 C.7.6.1.1.4 makes it the list of images a DERIVED image was
 * made from, and the frame is not derived: its pixels and Image Type are the source's. In the enhanced IODs the
 * attribute is not part of the top-level data set at all, and a reference to another instance would also have to be
 * listed in the Common Instance Reference module (C.12.2). The way back to the source is the split's own record
 * ({@link SplitResult}) and the UID derivation, which is a function of the source UID and frame number.
 */
final class FrameHeader {
    private FrameHeader() {
    }

    /**
     * The header of frame {@code frame} (1-based) of {@code frames}, without any pixel data element.
     *
     * @param source    the multi-frame data set (not changed)
     * @param sourceUid its SOP Instance UID
     * @throws MalformedDicomException when the Per-frame Functional Groups Sequence does not hold one item per frame
     */
    static DataSet of(DataSet source, String sourceUid, int frames, int frame, List<String> warnings) {
        DataSet ds = source.shallowCopy();
        for (int tag : new int[] {Tag.PixelData, Tag.FloatPixelData, Tag.DoubleFloatPixelData,
            Tag.ExtendedOffsetTable, Tag.ExtendedOffsetTableLengths}) {
            ds.remove(tag);
        }
        ds.setString(Tag.SOPInstanceUID, VR.UI, FrameUids.of(sourceUid, frame));
        ds.setString(Tag.InstanceNumber, VR.IS, Integer.toString(frame));
        ds.setString(Tag.NumberOfFrames, VR.IS, "1");
        Sequence perFrame = source.getSequence(Tag.PerFrameFunctionalGroupsSequence);
        if (perFrame != null) {
            if (perFrame.size() != frames) {
                throw new MalformedDicomException("(5200,9230) PerFrameFunctionalGroupsSequence has "
                        + perFrame.size() + " items for " + frames + " frames", -1, "(5200,9230)");
            }
            // A new sequence holding the source's item: the source's sequence is shared with every other frame.
            ds.put(Element.ofSequence(Tag.PerFrameFunctionalGroupsSequence,
                    new Sequence(List.of(perFrame.get(frame - 1)))));
        }
        FrameVectors.reduce(ds, frames, frame, warnings);
        return ds;
    }
}
