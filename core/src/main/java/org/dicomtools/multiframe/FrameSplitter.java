// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;
import org.dicomtools.data.Values;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.MissingAttributeException;
import org.dicomtools.error.OutputException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.io.ReadWarning;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.pixel.FrameReader;
import org.dicomtools.pixel.ImagePixel;
import org.dicomtools.ts.CodecRegistry;

/**
 * Splits a multi-frame image into single-frame instances (the seed's {@code split_multiframe}, SPEC §3), one file
 * {@code <prefix>_frame_<NNNN>.dcm} per frame, each a valid instance of the same SOP class (how the header and the
 * pixels are made: see the package description). Frames are read and written one at a time; every file is written
 * atomically. Splitting the same file twice writes the same bytes.
 */
public final class FrameSplitter {
    private static final int[] INFO_TAGS = {Tag.NumberOfFrames, Tag.FrameTime, Tag.FrameDelay,
        Tag.FrameIncrementPointer, Tag.RecommendedDisplayFrameRate};

    private final CodecRegistry registry;

    /** @param registry the decoders for frames that have to be decoded */
    public FrameSplitter(CodecRegistry registry) {
        this.registry = registry;
    }

    /** A splitter with this build's codecs. */
    public static FrameSplitter standard() {
        return new FrameSplitter(CodecRegistry.standard());
    }

    /**
     * Splits {@code input}.
     *
     * @throws InvalidValueException     the image has one frame, or no frame asked for exists
     * @throws MissingAttributeException there is no pixel data or no SOP Instance UID
     * @throws OutputException           an output cannot be written, or would replace the input; files written
     *                                   before stay
     * @throws org.dicomtools.error.MalformedDicomException the pixel data is shorter than its frames, or the
     *                                   fragments of encapsulated frames cannot be found
     * @throws org.dicomtools.error.UnsupportedTransferSyntaxException the frames are held in one stream (video), or
     *                                   must be decoded and this build has no decoder for their syntax
     * @throws org.dicomtools.error.CodecException a frame that had to be decoded does not decode
     * @throws org.dicomtools.error.DicomException as {@link DicomReader#read} throws
     */
    public SplitResult split(Path input, SplitOptions options) {
        DicomFile file = DicomReader.read(input, ReadOptions.DEFAULT);
        DataSet ds = file.dataSet();
        int frames = FrameReader.frameCount(file);
        if (frames < 2) {
            throw new InvalidValueException("single-frame image, not multi-frame");
        }
        String sourceUid = ds.getString(Tag.SOPInstanceUID, file.fileMeta().getString(Tag.MediaStorageSOPInstanceUID));
        if (sourceUid == null || sourceUid.isEmpty()) {
            throw new MissingAttributeException(Tag.SOPInstanceUID, "SOPInstanceUID");
        }
        Set<String> warnings = new LinkedHashSet<>();
        file.warnings().stream().map(ReadWarning::toString).forEach(warnings::add);
        List<Integer> chosen = select(options.frames(), frames, warnings);
        Path dir = options.outputDir() != null ? options.outputDir() : defaultOutputDir(input);
        String prefix = options.prefix() != null ? options.prefix() : stem(input);
        Map<Integer, Path> targets = targets(input, dir, prefix, chosen);

        List<String> notes = new ArrayList<>();
        FramePixels pixels = FramePixels.of(file, registry, notes);
        List<SplitFrame> outputs = new ArrayList<>(chosen.size());
        for (int frame : chosen) {
            DataSet header = FrameHeader.of(ds, sourceUid, frames, frame, notes);
            FramePixels.Placed placed = pixels.put(header, frame - 1);
            Path target = targets.get(frame);
            DicomWriter.write(target, DicomFile.of(file.fileMeta(), placed.dataSet(), placed.syntax()),
                    placed.syntax(), WriteOptions.DEFAULT);
            outputs.add(new SplitFrame(frame, target, placed.dataSet().getString(Tag.SOPInstanceUID),
                    placed.syntax(), placed.handling()));
        }
        warnings.addAll(notes); // per-frame notes repeat; the set keeps each once
        return new SplitResult(input, frames, dir, outputs, new ArrayList<>(warnings));
    }

    private static List<Integer> select(FrameSelection selection, int frames, Set<String> warnings) {
        if (selection == null) {
            List<Integer> all = new ArrayList<>(frames);
            for (int n = 1; n <= frames; n++) {
                all.add(n);
            }
            return all;
        }
        FrameSelection.Resolved resolved = selection.resolve(frames);
        if (!resolved.skipped().isEmpty()) {
            warnings.add("frame numbers outside 1.." + frames + " skipped: " + String.join(", ", resolved.skipped())
                    + (resolved.skipped().stream().anyMatch(s -> s.startsWith("0")) ? " (frames count from 1)" : ""));
        }
        if (resolved.frames().isEmpty()) {
            throw new InvalidValueException("none of the frames asked for (" + selection + ") exists: the image has "
                    + frames + " frames, numbered from 1");
        }
        return resolved.frames();
    }

    /** Every output path, checked before anything is written: none may be the input. */
    private static Map<Integer, Path> targets(Path input, Path dir, String prefix, List<Integer> frames) {
        Path in = input.toAbsolutePath().normalize();
        Map<Integer, Path> out = new LinkedHashMap<>();
        for (int frame : frames) {
            Path target = dir.resolve(String.format(Locale.ROOT, "%s_frame_%04d.dcm", prefix, frame));
            if (target.toAbsolutePath().normalize().equals(in)) {
                throw new OutputException("output " + target + " would replace the input", null);
            }
            out.put(frame, target);
        }
        return out;
    }

    private static String named(ElementDictionary dict, int tag) {
        String keyword = dict.keywordOf(tag);
        return keyword == null || keyword.isEmpty() ? Tags.format(tag) : Tags.format(tag) + " " + keyword;
    }

    /** The seed's default: {@code <input folder>/<stem>_split}. */
    public static Path defaultOutputDir(Path input) {
        return input.toAbsolutePath().getParent().resolve(stem(input) + "_split");
    }

    private static String stem(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The frame facts of {@code input} (header only; the pixel data is not read).
     *
     * @throws MissingAttributeException there is no pixel data, or Rows, Columns or Bits Allocated is missing
     */
    public static FrameInfo info(Path input) {
        DicomFile file = DicomReader.read(input, ReadOptions.HEADER_ONLY);
        int frames = FrameReader.frameCount(file);
        DataSet ds = file.dataSet();
        ImagePixel image = ImagePixel.of(ds);
        Map<String, String> attributes = new LinkedHashMap<>();
        ElementDictionary dict = ElementDictionary.standard();
        for (int tag : INFO_TAGS) {
            Element e = ds.get(tag);
            if (e == null || !e.hasBytes()) {
                continue;
            }
            String value = tag == Tag.FrameIncrementPointer
                    ? java.util.Arrays.stream(Values.tags(e.bytes()))
                            .mapToObj(t -> named(dict, t)).collect(Collectors.joining(", "))
                    : String.join("\\", ds.getStrings(tag));
            attributes.put(dict.keywordOf(tag), value);
        }
        return new FrameInfo(frames, image.columns(), image.rows(), attributes);
    }
}
