// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.NativeFrames;
import org.dicomtools.sample.SampleStudy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real data (skipped when the shared series is absent) and DCMTK's reading of our output (skipped without it). */
class RealSeriesModifyTest {
    @TempDir
    Path dir;

    private static Path realSlice() {
        Path p = Stream.of("/work/shared/data", "../../shared/data", "../shared/data")
                .map(d -> Path.of(d, "sample_series", "IM-0001-0001.dcm"))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        Assumptions.assumeTrue(p != null, "shared/data/sample_series not present");
        return p;
    }

    @Test
    void modifiesARealCtSliceAndReadsItBack() {
        Path slice = realSlice();
        Path out = dir.resolve("slice.dcm");
        DicomFile before = DicomReader.read(slice);
        ModifyResult r = Modifier.modify(slice, out, List.of(Modification.delete("PatientBirthDate"),
                Modification.set("PatientName", "MODIFIED^NAME"), Modification.set("StudyDescription", "Edited"),
                Modification.set("ReferencedStudySequence[0].ReferencedSOPInstanceUID", "1.2.3.4"),
                Modification.set("(0029,xx01)", "note"), Modification.set("InstanceNumber", "42")),
                ModifyOptions.DEFAULT.withPrivateCreator("DICOMTOOLS TEST"));
        assertThat(r.written()).isTrue();
        DicomFile after = DicomReader.read(out);
        DataSet ds = after.dataSet();
        assertThat(ds.getString(Tag.PatientName)).isEqualTo("MODIFIED^NAME");
        assertThat(ds.getString(Tag.StudyDescription)).isEqualTo("Edited");
        assertThat(ds.getString(Tag.InstanceNumber)).isEqualTo("42");
        assertThat(ds.contains(Tag.PatientBirthDate)).isFalse();
        assertThat(ds.getSequence(Tag.ReferencedStudySequence).get(0).getString(Tag.ReferencedSOPInstanceUID))
                .isEqualTo("1.2.3.4");
        assertThat(after.transferSyntax()).isEqualTo(before.transferSyntax());
        assertThat(NativeFrames.of(ds).frame(0)).isEqualTo(NativeFrames.of(before.dataSet()).frame(0));
        // Everything not named is unchanged.
        for (int tag : new int[] {Tag.StudyInstanceUID, Tag.SeriesInstanceUID, Tag.SOPInstanceUID, Tag.StudyDate,
            Tag.ImagePositionPatient, Tag.RescaleIntercept}) {
            assertThat(ds.getString(tag)).isEqualTo(before.dataSet().getString(tag));
        }
    }

    @Test
    void dcmdumpReadsOurOutputAndShowsTheNewValues() throws Exception {
        Assumptions.assumeTrue(onPath("dcmdump"), "DCMTK dcmdump not installed");
        SampleStudy.write(dir.resolve("s"), 1, 64);
        Path out = dir.resolve("dump.dcm");
        Modifier.modify(dir.resolve("s/ct/CT-0001.dcm"), out, List.of(Modification.set("PatientName", "Иванов^Иван"),
                Modification.set("ReferencedStudySequence[1].ReferencedSOPInstanceUID", "1.2.3.4"),
                Modification.set("(0029,xx10)", "hello")), ModifyOptions.DEFAULT.withPrivateCreator("ACME"));
        String dump = run("dcmdump", "-q", "+U8", out.toString());
        assertThat(dump).contains("(0010,0010) PN [Иванов^Иван]", "(0008,0005) CS [ISO_IR 192]",
                "(0008,1155) UI [1.2.3.4]", "(0029,0010) LO [ACME]", "(0029,1010) LO [hello]");
        assertThat(dump).doesNotContain("E: ");
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("dcmdump finishes").isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
