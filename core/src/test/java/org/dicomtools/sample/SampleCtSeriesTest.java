// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SampleStudy#writeCtSeries}: the CT series alone, at any slice count and matrix. */
class SampleCtSeriesTest {

    @Test
    void writesOnlyTheCtSeriesAtTheSizeAsked(@TempDir Path dir) throws IOException {
        SampleStudy.Result result = SampleStudy.writeCtSeries(dir, 3, 64);

        assertThat(result.files()).hasSize(3).allSatisfy(f -> assertThat(f.modality()).isEqualTo("CT"));
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("ct/CT-0001.dcm", "ct/CT-0002.dcm", "ct/CT-0003.dcm");
        }
        DataSet last = DicomReader.read(dir.resolve("ct/CT-0003.dcm"), ReadOptions.IN_MEMORY).dataSet();
        assertThat(last.getInt(Tag.Rows, 0)).isEqualTo(64);
        assertThat(last.getInt(Tag.Columns, 0)).isEqualTo(64);
        assertThat(last.getString(Tag.InstanceNumber)).isEqualTo("3");
    }

    @Test
    void holdsTheSameBytesAsTheCtSeriesOfTheWholeStudy(@TempDir Path alone, @TempDir Path study) throws IOException {
        SampleStudy.writeCtSeries(alone, 4, 32);
        SampleStudy.write(study, 4, 32);

        for (int i = 1; i <= 4; i++) {
            String name = String.format("ct/CT-%04d.dcm", i);
            assertThat(Files.readAllBytes(alone.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(study.resolve(name)));
        }
    }

    @Test
    void refusesAnEmptySeriesOrAnOddMatrixBeforeWritingAnything(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> SampleStudy.writeCtSeries(dir, 0, 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleStudy.writeCtSeries(dir, 2, 4)).isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all).isEmpty();
        }
    }
}
