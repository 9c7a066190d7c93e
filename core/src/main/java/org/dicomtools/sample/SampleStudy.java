// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dicomtools.data.DataSet;
import org.dicomtools.error.OutputException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * Writes the synthetic study of SPEC §9: one patient, one study, seven series (a CT head series, an enhanced
 * multi-frame MR, an ultrasound in RGB by pixel, RGB by plane and YBR_FULL_422, a MONOCHROME1 X-ray with a VOI LUT and
 * again with a SIGMOID window, a PALETTE COLOR capture, a PALETTE COLOR ultrasound with segmented tables, a float
 * parametric map), all in Explicit VR Little Endian with native pixel data. Nothing depends on the clock or a random
 * source: every run writes the same bytes.
 *
 * <pre>
 * dir/ct/CT-0001.dcm ... CT-0020.dcm
 * dir/mr/MR-ENHANCED.dcm
 * dir/us/US-RGB.dcm
 * dir/dx/DX-MONO1.dcm
 * dir/pal/PALETTE.dcm
 * dir/us/US-RGB-PLANAR.dcm
 * dir/us/US-YBR422.dcm
 * dir/dx/DX-SIGMOID.dcm
 * dir/pal/PALETTE-SEGMENTED.dcm
 * dir/pm/PARAMETRIC-MAP.dcm
 * </pre>
 */
public final class SampleStudy {
    /** The syntax of every sample file. */
    public static final TransferSyntax TRANSFER_SYNTAX = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;

    /** One file written. */
    public record SampleFile(Path path, String description, String modality, int frames) {
    }

    /** Every file written, in the order above. */
    public record Result(List<SampleFile> files) {
        public Result {
            files = List.copyOf(files);
        }
    }

    private SampleStudy() {
    }

    /** Writes the default study (20 CT slices of 128×128) under {@code dir}, creating folders as needed. */
    public static Result write(Path dir) {
        return write(dir, CtSeries.DEFAULT_SLICES, CtSeries.DEFAULT_SIZE);
    }

    /**
     * Writes the study with a CT series of {@code ctSlices} slices of {@code ctSize}×{@code ctSize} (512 for
     * full-size slices).
     *
     * @throws OutputException when a folder or file cannot be written
     */
    public static Result write(Path dir, int ctSlices, int ctSize) {
        List<SampleFile> files = new ArrayList<>(writeCt(dir, ctSlices, ctSize));
        files.add(write(dir.resolve("mr").resolve("MR-ENHANCED.dcm"), EnhancedMr.build(EnhancedMr.DEFAULT_FRAMES),
                "Enhanced MR head phantom, " + EnhancedMr.DEFAULT_FRAMES + " frames with per-frame functional groups",
                "MR", EnhancedMr.DEFAULT_FRAMES));
        files.add(write(dir.resolve("us").resolve("US-RGB.dcm"), UltrasoundRgb.build(),
                "Ultrasound, 8-bit RGB", "US", 1));
        files.add(write(dir.resolve("dx").resolve("DX-MONO1.dcm"), DxMonochrome1.build(),
                "Digital X-ray, MONOCHROME1, 12-bit, VOI LUT Sequence", "DX", 1));
        files.add(write(dir.resolve("pal").resolve("PALETTE.dcm"), PaletteColor.build(),
                "Secondary capture, PALETTE COLOR with 16-bit lookup tables", "OT", 1));
        // Added after the first five, so that the files above keep their places in the list.
        files.add(write(dir.resolve("us").resolve("US-RGB-PLANAR.dcm"), UltrasoundRgb.buildPlanar(),
                "Ultrasound, 8-bit RGB by plane (Planar Configuration 1)", "US", 1));
        files.add(write(dir.resolve("us").resolve("US-YBR422.dcm"), UltrasoundRgb.buildYbrFull422(),
                "Ultrasound, native 8-bit YBR_FULL_422", "US", 1));
        files.add(write(dir.resolve("dx").resolve("DX-SIGMOID.dcm"), DxMonochrome1.buildSigmoid(),
                "Digital X-ray, MONOCHROME1, 12-bit, window with VOI LUT Function SIGMOID", "DX", 1));
        files.add(write(dir.resolve("pal").resolve("PALETTE-SEGMENTED.dcm"), PaletteSegmented.build(),
                "Ultrasound, PALETTE COLOR with segmented 16-bit lookup tables", "US", 1));
        files.add(write(dir.resolve("pm").resolve("PARAMETRIC-MAP.dcm"), ParametricMap.build(),
                "Parametric map of ADC, " + ParametricMap.FRAMES + " frames of 32-bit Float Pixel Data", "MR",
                ParametricMap.FRAMES));
        return new Result(files);
    }

    /**
     * Writes the CT series alone, as {@code dir/ct/CT-0001.dcm} onwards: {@code ctSlices} slices of
     * {@code ctSize}×{@code ctSize}. A stand-in for a real series where one is needed (the benchmark suite uses 174
     * slices of 512×512, the size of the shared real series).
     *
     * @throws IllegalArgumentException when there is no slice or the size is outside 8 to 2048
     * @throws OutputException when a folder or file cannot be written
     */
    public static Result writeCtSeries(Path dir, int ctSlices, int ctSize) {
        return new Result(writeCt(dir, ctSlices, ctSize));
    }

    private static List<SampleFile> writeCt(Path dir, int ctSlices, int ctSize) {
        CtSeries.checkSize(ctSlices, ctSize);
        List<SampleFile> files = new ArrayList<>();
        // Slice by slice, so that a long series of large slices never holds more than one slice's pixels.
        for (int i = 0; i < ctSlices; i++) {
            Path path = dir.resolve("ct").resolve(String.format(Locale.ROOT, "CT-%04d.dcm", i + 1));
            files.add(write(path, CtSeries.slice(i, ctSlices, ctSize),
                    "CT head phantom, slice " + (i + 1) + " of " + ctSlices, "CT", 1));
        }
        return files;
    }

    private static SampleFile write(Path path, DataSet ds, String description, String modality, int frames) {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new OutputException("cannot create folder " + path.getParent() + ": " + e.getMessage(), e);
        }
        DicomFile file = DicomFile.of(FileMeta.create(null, ds, TRANSFER_SYNTAX), ds, TRANSFER_SYNTAX);
        DicomWriter.write(path, file, TRANSFER_SYNTAX, WriteOptions.DEFAULT);
        return new SampleFile(path, description, modality, frames);
    }
}
