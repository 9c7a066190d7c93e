// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import org.dicomtools.data.BulkData;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.dict.Tag;
import org.dicomtools.ts.TransferSyntax;

/**
 * Frames of encapsulated pixel data copied as they are: the fragments of the frame, in the source syntax, after an
 * empty Basic Offset Table (PS3.5 A.4 allows it empty; with one frame there is nothing to point to). A fragment left
 * in the source file stays there until the writer streams it, so no frame is ever decoded or held whole.
 */
final class FragmentFramePixels implements FramePixels {
    private final Element pixels;
    private final int[][] fragmentsOfFrame;
    private final TransferSyntax syntax;

    /** @param fragmentsOfFrame the fragment indices of each frame, from {@link org.dicomtools.io.EncapsulatedFrames} */
    FragmentFramePixels(Element pixels, int[][] fragmentsOfFrame, TransferSyntax syntax) {
        this.pixels = pixels;
        this.fragmentsOfFrame = fragmentsOfFrame;
        this.syntax = syntax;
    }

    @Override
    public Placed put(DataSet header, int index) {
        Fragments source = pixels.fragments();
        Fragments out = new Fragments();
        for (int i : fragmentsOfFrame[index]) {
            Object raw = source.rawFragment(i);
            if (raw instanceof BulkData bulk) {
                out.add(bulk);
            } else {
                out.add((byte[]) raw);
            }
        }
        header.put(Element.ofFragments(Tag.PixelData, pixels.vr(), out));
        return new Placed(header, syntax, PixelHandling.COPIED);
    }
}
