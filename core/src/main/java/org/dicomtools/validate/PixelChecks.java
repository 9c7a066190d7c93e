// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import java.util.Map;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.dict.Tag;
import org.dicomtools.ts.TransferSyntax;

/**
 * The Image Pixel module (PS3.3 C.7.6.3) when the data set has pixels: required attributes, their consistency, and
 * the size of native Pixel Data (PS3.5 8.1.1) or the fragments of encapsulated Pixel Data (PS3.5 A.4).
 */
final class PixelChecks {
    /** Samples per pixel of each photometric interpretation (C.7.6.3.1.2; retired ones included). */
    private static final Map<String, Integer> SAMPLES = Map.ofEntries(
            Map.entry("MONOCHROME1", 1), Map.entry("MONOCHROME2", 1), Map.entry("PALETTE COLOR", 1),
            Map.entry("RGB", 3), Map.entry("HSV", 3), Map.entry("YBR_FULL", 3), Map.entry("YBR_FULL_422", 3),
            Map.entry("YBR_PARTIAL_422", 3), Map.entry("YBR_PARTIAL_420", 3), Map.entry("YBR_ICT", 3),
            Map.entry("YBR_RCT", 3), Map.entry("XYB", 3), Map.entry("ARGB", 4), Map.entry("CMYK", 4));

    private static final int[] PALETTE = {
        Tag.RedPaletteColorLookupTableDescriptor, Tag.GreenPaletteColorLookupTableDescriptor,
        Tag.BluePaletteColorLookupTableDescriptor, Tag.RedPaletteColorLookupTableData,
        Tag.GreenPaletteColorLookupTableData, Tag.BluePaletteColorLookupTableData};

    private PixelChecks() {
    }

    /**
     * @param ts                  the syntax the data set is encoded in
     * @param stoppedBeforePixels whether reading stopped at Pixel Data, so that only the header can be checked
     */
    static void check(DataSet ds, TransferSyntax ts, boolean stoppedBeforePixels, Findings out) {
        Element pixels = ds.get(Tag.PixelData);
        boolean floating = pixels == null && (ds.contains(Tag.FloatPixelData) || ds.contains(Tag.DoubleFloatPixelData));
        if (pixels == null && !floating && !stoppedBeforePixels) {
            return;
        }
        // Image Pixel (C.7.6.3) Type 1; the Floating Point Image Pixel module (C.7.6.24) has no stored bits.
        boolean ok = Attributes.type1(ds, Tag.SamplesPerPixel, out)
                & Attributes.type1(ds, Tag.PhotometricInterpretation, out)
                & Attributes.type1(ds, Tag.Rows, out)
                & Attributes.type1(ds, Tag.Columns, out)
                & Attributes.type1(ds, Tag.BitsAllocated, out);
        if (!floating) {
            ok &= Attributes.type1(ds, Tag.BitsStored, out)
                    & Attributes.type1(ds, Tag.HighBit, out)
                    & Attributes.type1(ds, Tag.PixelRepresentation, out);
        }
        int samples = ds.getInt(Tag.SamplesPerPixel, -1);
        if (samples > 1) {
            // C.7.6.3.1.3: Planar Configuration is required when there is more than one sample per pixel.
            ok &= Attributes.type1(ds, Tag.PlanarConfiguration, out);
        }
        if (!ok) {
            return; // consistency and size need every attribute above
        }
        boolean consistent = checkDescription(ds, floating, out);
        if (stoppedBeforePixels && pixels == null) {
            out.info(Findings.path(Tag.PixelData), "Pixel Data was not read; its size was not checked");
            return;
        }
        Element e = floating ? (ds.contains(Tag.FloatPixelData) ? ds.get(Tag.FloatPixelData)
                : ds.get(Tag.DoubleFloatPixelData)) : pixels;
        if (!consistent) {
            return;
        }
        int frames = frames(ds, out);
        if (frames < 1) {
            return;
        }
        if (e.isFragments()) {
            PixelSize.checkFragments(e, ts, frames, out);
        } else {
            if (ts.encapsulated()) {
                out.error(Findings.path(e.tag()), Findings.name(e.tag()) + " is native but the transfer syntax "
                        + ts.name() + " requires encapsulated fragments (PS3.5 A.4)");
            }
            PixelSize.checkNative(ds, e, frames, out);
        }
    }

    /** Checks the attributes against each other; returns whether the size can be computed from them. */
    private static boolean checkDescription(DataSet ds, boolean floating, Findings out) {
        boolean ok = true;
        int samples = ds.getInt(Tag.SamplesPerPixel, 0);
        int rows = ds.getInt(Tag.Rows, 0);
        int columns = ds.getInt(Tag.Columns, 0);
        int allocated = ds.getInt(Tag.BitsAllocated, 0);
        String photometric = ds.getString(Tag.PhotometricInterpretation, "");
        for (int tag : new int[] {Tag.SamplesPerPixel, Tag.Rows, Tag.Columns, Tag.BitsAllocated}) {
            if (ds.getInt(tag, 0) < 1) {
                out.error(Findings.path(tag), Findings.name(tag) + " must be at least 1");
                ok = false;
            }
        }
        // PS3.5 8.1.1: Bits Allocated is 1 or a multiple of 8.
        if (allocated > 1 && allocated % 8 != 0) {
            out.error(Findings.path(Tag.BitsAllocated), Findings.name(Tag.BitsAllocated) + " is " + allocated
                    + "; it must be 1 or a multiple of 8");
            ok = false;
        }
        if (!floating) {
            int stored = ds.getInt(Tag.BitsStored, 0);
            int highBit = ds.getInt(Tag.HighBit, -1);
            if (stored < 1 || stored > allocated) {
                out.error(Findings.path(Tag.BitsStored), Findings.name(Tag.BitsStored) + " is " + stored
                        + "; it must be from 1 to " + Findings.name(Tag.BitsAllocated) + " (" + allocated + ")");
            } else if (highBit != stored - 1) {
                // C.7.6.3: High Bit is one less than Bits Stored.
                out.error(Findings.path(Tag.HighBit), Findings.name(Tag.HighBit) + " is " + highBit + "; with "
                        + Findings.name(Tag.BitsStored) + " " + stored + " it must be " + (stored - 1));
            }
            zeroOrOne(ds, Tag.PixelRepresentation, out);
        }
        if (samples > 1) {
            zeroOrOne(ds, Tag.PlanarConfiguration, out);
        }
        Integer expected = SAMPLES.get(photometric);
        if (expected == null) {
            out.warning(Findings.path(Tag.PhotometricInterpretation), Findings.name(Tag.PhotometricInterpretation)
                    + " '" + photometric + "' is not a photometric interpretation of PS3.3 C.7.6.3.1.2");
        } else if (samples >= 1 && expected != samples) {
            out.error(Findings.path(Tag.SamplesPerPixel), Findings.name(Tag.SamplesPerPixel) + " is " + samples
                    + " but " + photometric + " has " + expected);
            ok = false;
        }
        if (photometric.equals("PALETTE COLOR")) {
            // C.7.6.3: the palette descriptors and data are Type 1C, required for PALETTE COLOR.
            boolean segmented = ds.contains(Tag.SegmentedRedPaletteColorLookupTableData);
            for (int i = 0; i < PALETTE.length; i++) {
                int tag = PALETTE[i];
                // The retired segmented tables (C.7.9) stand in for the data, never for the descriptors.
                if (!ds.contains(tag) && !(segmented && i >= 3)) {
                    out.error(Findings.path(tag), Findings.name(tag) + " missing (required for PALETTE COLOR)");
                }
            }
        }
        return ok && rows > 0 && columns > 0;
    }

    private static void zeroOrOne(DataSet ds, int tag, Findings out) {
        int v = ds.getInt(tag, -1);
        if (v != 0 && v != 1) {
            out.error(Findings.path(tag), Findings.name(tag) + " is " + v + "; it must be 0 or 1");
        }
    }

    /** Number of Frames (C.7.6.6), 1 when absent; -1 after reporting a bad value. */
    private static int frames(DataSet ds, Findings out) {
        if (!ds.contains(Tag.NumberOfFrames) || ds.get(Tag.NumberOfFrames).isEmpty()) {
            return 1;
        }
        int frames = ds.getInt(Tag.NumberOfFrames, -1);
        if (frames < 1) {
            out.error(Findings.path(Tag.NumberOfFrames), Findings.name(Tag.NumberOfFrames) + " '"
                    + ds.getString(Tag.NumberOfFrames) + "' is not a number of frames of at least 1");
            return -1;
        }
        return frames;
    }
}
