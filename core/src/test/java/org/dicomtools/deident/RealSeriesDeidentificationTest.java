// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.validate.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance tests of the anonymize issue on the real series and the synthetic study. */
class RealSeriesDeidentificationTest {
    @TempDir
    Path dir;

    private static List<Path> realSeries() throws IOException {
        Path series = Path.of("").toAbsolutePath().resolve("../../shared/data/sample_series").normalize();
        Assumptions.assumeTrue(Files.isDirectory(series), "shared/data/sample_series not present");
        try (Stream<Path> s = Files.list(series)) {
            return s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
    }

    @Test
    void seriesAnonymizedFileByFileStaysOneStudyAndOneSeries() throws IOException {
        List<Path> files = realSeries();
        Set<String> studies = new HashSet<>();
        Set<String> series = new HashSet<>();
        Set<String> instances = new HashSet<>();
        Set<String> patientIds = new HashSet<>();
        for (Path in : files) {
            Path out = dir.resolve(in.getFileName());
            // A new de-identifier per file: as separate runs would be.
            DeidentifyResult r = new Deidentifier(DeidentifyOptions.DEFAULT).deidentify(in, out);
            DicomFile back = DicomReader.read(out);
            DataSet ds = back.dataSet();
            studies.add(ds.getString(Tag.StudyInstanceUID));
            series.add(ds.getString(Tag.SeriesInstanceUID));
            instances.add(ds.getString(Tag.SOPInstanceUID));
            patientIds.add(r.patientId());
            assertThat(back.fileMeta().getString(Tag.MediaStorageSOPInstanceUID))
                    .isEqualTo(ds.getString(Tag.SOPInstanceUID));
            assertThat(ds.get(Tag.PixelData).bytes()).isEqualTo(DicomReader.read(in).dataSet().get(Tag.PixelData)
                    .bytes());
            assertThat(Validator.validate(back).errors()).as(in.getFileName().toString()).isEmpty();
        }
        assertThat(studies).hasSize(1);
        assertThat(series).hasSize(1);
        assertThat(instances).hasSize(files.size());
        assertThat(patientIds).containsExactly("ANON_6CB4FF338C3D0C46");
    }

    @Test
    void noOriginalValueOfARemovedOrReplacedElementSurvivesInTheBytes() throws IOException {
        Path in = realSeries().get(0);
        Path out = dir.resolve("anon.dcm");
        DicomFile source = DicomReader.read(in);
        DeidentifyResult r = new Deidentifier(DeidentifyOptions.DEFAULT).deidentify(in, out);
        assertNothingLeaks(source.dataSet(), r, Files.readAllBytes(out));
        String bytes = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("CEREBRIX", "XsxuId", "20070803", "19350401", "A10041421818",
                "2.16.840.1.113669.632.20.1211.10000509338");
    }

    @Test
    void syntheticStudyWithPhiEverywhereLeaksNothing() throws IOException {
        SampleStudy.Result sample = SampleStudy.write(dir.resolve("sample"));
        Deidentifier d = new Deidentifier(DeidentifyOptions.DEFAULT);
        for (var f : sample.files()) {
            DicomFile source = DicomReader.read(f.path());
            Path out = dir.resolve("anon").resolve(f.path().getFileName());
            DeidentifyResult r = d.deidentify(f.path(), out);
            assertNothingLeaks(source.dataSet(), r, Files.readAllBytes(out));
            int before = Validator.validate(source).errors().size();
            assertThat(Validator.validate(DicomReader.read(out)).errors()).as(f.path().toString()).hasSize(before);
        }
    }

    /**
     * Every value (5+ characters) of an element the profile removed, emptied or replaced is absent from the file,
     * unless the source also holds it in an element the profile keeps (the real series repeats its Requested
     * Procedure Description as the Code Meaning of its Procedure Code Sequence, which Table E.1-1 keeps).
     */
    private static void assertNothingLeaks(DataSet source, DeidentifyResult r, byte[] output) {
        Set<String> touched = r.actions().stream().filter(a -> a.action() != Action.KEEP && a.action() != Action.CLEAN)
                .map(ActionRecord::tagPath).collect(Collectors.toSet());
        Set<String> secrets = new HashSet<>();
        collect(source, "", touched, secrets, true);
        Set<String> kept = new HashSet<>();
        collect(source, "", touched, kept, false);
        secrets.removeAll(kept);
        secrets.remove(DummyValues.TEXT);
        String text = new String(output, StandardCharsets.ISO_8859_1);
        String utf8 = new String(output, StandardCharsets.UTF_8);
        for (String s : secrets) {
            assertThat(text.contains(s) || utf8.contains(s)).as("'" + s + "' survives").isFalse();
        }
    }

    /** Values of the touched elements ({@code wanted} true) or of all the others (false). */
    private static void collect(DataSet ds, String path, Set<String> touched, Set<String> out, boolean wanted) {
        for (Element e : ds) {
            String here = path + Tags.format(e.tag());
            if (e.isSequence()) {
                int i = 0;
                for (DataSet item : e.sequence()) {
                    collect(item, here + "[" + i++ + "]>", touched, out, wanted);
                }
            } else if (touched.contains(here) == wanted && e.hasBytes() && e.vr().isString()) {
                for (String v : ds.getStrings(e.tag())) {
                    if (v.length() >= 5 && !org.dicomtools.dict.UidRegistry.standard().isRegistered(v)) {
                        out.add(v);
                    }
                }
            } else if (wanted && touched.contains(here) && e.hasBytes() && e.vr() == VR.OB && e.length() >= 8
                    && e.length() < 256) {
                out.add(new String(Values.pad(e.bytes(), VR.OB), StandardCharsets.ISO_8859_1));
            }
        }
    }
}
