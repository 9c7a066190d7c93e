// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomReader;
import org.dicomtools.sample.SampleStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagListingTest {
    @TempDir
    Path dir;

    @Test
    void listsMetaAndDataSetWithSummariesForPixelsAndSequences() {
        SampleStudy.write(dir, 1, 64);
        TagListing l = TagListing.of(DicomReader.read(dir.resolve("ct/CT-0001.dcm")));
        assertThat(l.fileMeta()).extracting(TagListing.Entry::keyword).contains("MediaStorageSOPInstanceUID",
                "TransferSyntaxUID");
        assertThat(l.fileMeta()).filteredOn(e -> e.tag() == Tag.FileMetaInformationVersion).singleElement()
                .extracting(TagListing.Entry::value).isEqualTo("00\\01");
        assertThat(l.dataSet()).filteredOn(e -> e.tag() == Tag.PixelData).singleElement()
                .extracting(TagListing.Entry::value).isEqualTo("[Pixel Data - 8192 bytes]");
        assertThat(l.dataSet()).filteredOn(e -> e.tag() == Tag.ReferencedStudySequence).singleElement()
                .extracting(TagListing.Entry::value).isEqualTo("[Sequence with 1 item(s)]");
        TagListing.Entry name = l.dataSet().stream().filter(e -> e.tag() == Tag.PatientName).findFirst().orElseThrow();
        assertThat(name.name()).isEqualTo("Patient's Name");
        assertThat(name.value()).isEqualTo("DOE^JANE");
        assertThat(l.dataSet()).filteredOn(e -> e.tag() == 0x00091001).singleElement()
                .extracting(TagListing.Entry::name).isEqualTo("Private tag data");
    }
}
