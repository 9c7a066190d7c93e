// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.dict.Tag;
import org.dicomtools.pixel.Frame;

/**
 * PALETTE COLOR (PS3.3 C.7.6.3.1.5, C.7.6.3.1.6, C.7.9): each stored value indexes the Red, Green and Blue Palette
 * Color Lookup Tables, plain (0028,1201-1203) or segmented (0028,1221-1223, see {@link SegmentedPalette}). Entries of
 * 8 or 16 bits (corrected from the data like any LUT descriptor) are scaled to the output depth. The three tables are
 * baked per stored value, so a pixel costs three array reads.
 */
final class Palette implements FrameMapper {
    private static final int[] DESCRIPTORS = {Tag.RedPaletteColorLookupTableDescriptor,
        Tag.GreenPaletteColorLookupTableDescriptor, Tag.BluePaletteColorLookupTableDescriptor};
    private static final int[] DATA = {Tag.RedPaletteColorLookupTableData, Tag.GreenPaletteColorLookupTableData,
        Tag.BluePaletteColorLookupTableData};
    private static final int[] SEGMENTED = {Tag.SegmentedRedPaletteColorLookupTableData,
        Tag.SegmentedGreenPaletteColorLookupTableData, Tag.SegmentedBluePaletteColorLookupTableData};

    private final long offset;
    private final int[][] tables;
    private final int outBits;
    private final Explanation.Step step;

    private Palette(long offset, int[][] tables, int outBits, Explanation.Step step) {
        this.offset = offset;
        this.tables = tables;
        this.outBits = outBits;
        this.step = step;
    }

    /** The palette of a data set for integer frames like {@code frame}, or {@code null} (with warnings) if unusable. */
    static Palette read(DataSet ds, Frame frame, int outBits, List<String> warnings) {
        if (!frame.isInteger() || frame.samples() != 1) {
            warnings.add("PALETTE COLOR needs one integer sample per pixel of up to 16 bits");
            return null;
        }
        Lut[] luts = new Lut[3];
        boolean segmented = false;
        for (int c = 0; c < 3; c++) {
            Element seg = ds.get(SEGMENTED[c]);
            if (!ds.contains(DATA[c]) && seg != null && seg.hasBytes()) {
                segmented = true;
                luts[c] = segmented(ds, c, frame.signed(), warnings);
            } else {
                luts[c] = Lut.read(ds, DESCRIPTORS[c], DATA[c], frame.signed(), warnings);
            }
            if (luts[c] == null) {
                return null;
            }
        }
        long min = frame.minStorable();
        int n = (int) (frame.maxStorable() - min + 1);
        double outMax = (1 << outBits) - 1;
        int[][] tables = new int[3][n];
        for (int c = 0; c < 3; c++) {
            double scale = outMax / luts[c].maxValue();
            for (int i = 0; i < n; i++) {
                tables[c][i] = (int) Math.min(outMax, Math.round(luts[c].lookup(min + i) * scale));
            }
        }
        Explanation.Step step = Explanation.Step.of("colour", segmented ? "PALETTE COLOR segmented" : "PALETTE COLOR",
                "entries", luts[0].size(), "firstMapped", luts[0].firstMapped(), "bits", luts[0].bits());
        return new Palette(min, tables, outBits, step);
    }

    private static Lut segmented(DataSet ds, int c, boolean signed, List<String> warnings) {
        LutDescriptor d = LutDescriptor.read(ds, DESCRIPTORS[c], signed);
        if (d == null) {
            warnings.add(LutDescriptor.name(DESCRIPTORS[c]) + " is missing or has fewer than 3 values");
            return null;
        }
        String what = LutDescriptor.name(SEGMENTED[c]);
        try {
            int[] entries = SegmentedPalette.expand(ds.get(SEGMENTED[c]).bytes(), d.entries(), d.bits(), warnings,
                    what);
            return Lut.of(d, entries, DESCRIPTORS[c], warnings);
        } catch (IllegalArgumentException e) {
            warnings.add(what + ": " + e.getMessage());
            return null;
        }
    }

    Explanation.Step describe() {
        return step;
    }

    @Override
    public OutputImage apply(Frame frame) {
        int[] src = frame.ints();
        int last = tables[0].length - 1;
        int off = (int) offset;
        int[] r = tables[0];
        int[] g = tables[1];
        int[] b = tables[2];
        int n = src.length;
        if (outBits == 8) {
            byte[] out = new byte[n * 3];
            for (int i = 0; i < n; i++) {
                int k = Math.min(Math.max(src[i] - off, 0), last);
                out[3 * i] = (byte) r[k];
                out[3 * i + 1] = (byte) g[k];
                out[3 * i + 2] = (byte) b[k];
            }
            return OutputImage.of8(frame.columns(), frame.rows(), 3, out);
        }
        short[] out = new short[n * 3];
        for (int i = 0; i < n; i++) {
            int k = Math.min(Math.max(src[i] - off, 0), last);
            out[3 * i] = (short) r[k];
            out[3 * i + 1] = (short) g[k];
            out[3 * i + 2] = (short) b[k];
        }
        return OutputImage.of16(frame.columns(), frame.rows(), 3, out);
    }
}
