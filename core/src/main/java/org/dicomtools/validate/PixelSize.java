// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.ts.TransferSyntax;

/** The size of Pixel Data: native bytes against the image description (PS3.5 8.1.1), or encapsulated fragments (A.4). */
final class PixelSize {
    private PixelSize() {
    }


    static void checkNative(DataSet ds, Element e, int frames, Findings out) {
        String path = Findings.path(e.tag());
        String name = Findings.name(e.tag());
        int rows = ds.getInt(Tag.Rows, 0);
        int columns = ds.getInt(Tag.Columns, 0);
        int allocated = ds.getInt(Tag.BitsAllocated, 0);
        int samples = ds.getInt(Tag.SamplesPerPixel, 0);
        String photometric = ds.getString(Tag.PhotometricInterpretation, "");
        // C.7.6.3.1.2: native YBR_FULL_422 stores two luminance and two chrominance samples per two pixels.
        if (photometric.equals("YBR_FULL_422") || photometric.equals("YBR_PARTIAL_422")) {
            samples = 2;
        }
        long bits = (long) rows * columns * frames * samples * allocated;
        long expected = (bits + 7) / 8; // Bits Allocated 1: bits packed into bytes (PS3.5 8.1.1)
        long padded = expected + (expected & 1); // values have even length (PS3.5 7.1.1)
        long actual = e.length();
        String formula = rows + " rows × " + columns + " columns × " + samples + " samples × " + allocated
                + " bits" + (frames > 1 ? " × " + frames + " frames" : "");
        if (e.tag() == Tag.PixelData && allocated > 8 && e.vr() == VR.OB) {
            out.warning(path, name + " is OB but " + Findings.name(Tag.BitsAllocated) + " " + allocated
                    + " needs OW (PS3.5 8.2)");
        }
        if (actual < expected) {
            out.error(path, name + " is too short: " + actual + " bytes, " + expected + " expected (" + formula
                    + ")");
        } else if (actual > padded) {
            out.warning(path, name + " is longer than needed: " + actual + " bytes, " + expected + " expected ("
                    + formula + "); the rest is ignored");
        }
    }

    static void checkFragments(Element e, TransferSyntax ts, int frames, Findings out) {
        String path = Findings.path(e.tag());
        String name = Findings.name(e.tag());
        Fragments fragments = e.fragments();
        if (!ts.encapsulated()) {
            out.error(path, name + " is encapsulated but the transfer syntax " + ts.name() + " is native");
            return;
        }
        int count = fragments.size();
        // PS3.5 A.4: a fragment holds data of one frame only, except for video, where one stream spans them.
        boolean shared = !ts.pixelCodec();
        if (count == 0) {
            out.error(path, name + " has no fragments");
        } else if (!shared && count < frames) {
            out.error(path, name + " has " + count + " fragments for " + frames
                    + " frames; every frame needs at least one (PS3.5 A.4)");
        }
        int table = fragments.basicOffsetTable().length;
        if (table % 4 != 0) {
            out.error(path, name + " Basic Offset Table has " + table + " bytes, not a multiple of 4");
        } else if (table > 0 && table / 4 != frames) {
            out.warning(path, name + " Basic Offset Table has " + table / 4 + " offsets for " + frames
                    + " frames (PS3.5 A.4)");
        }
    }
}
