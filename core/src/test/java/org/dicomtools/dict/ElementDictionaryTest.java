// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dicomtools.data.VR;
import org.junit.jupiter.api.Test;

class ElementDictionaryTest {

    private final ElementDictionary dict = ElementDictionary.standard();

    @Test
    void standardIsLoadedOnce() {
        assertThat(ElementDictionary.standard()).isSameAs(dict);
        assertThat(dict.entries()).hasSizeGreaterThan(5000);
    }

    @Test
    void patientName() {
        DictionaryEntry e = dict.lookup(0x00100010);
        assertThat(e.tag()).isEqualTo(0x00100010);
        assertThat(e.mask()).isEqualTo(0xFFFFFFFF);
        assertThat(e.keyword()).isEqualTo("PatientName");
        assertThat(e.name()).isEqualTo("Patient's Name");
        assertThat(e.vr()).isEqualTo(VR.PN);
        assertThat(e.vrs()).containsExactly(VR.PN);
        assertThat(e.vm()).isEqualTo("1");
        assertThat(e.retired()).isFalse();
        assertThat(e.pattern()).isEqualTo("(0010,0010)");
        assertThat(dict.vrOf(Tag.PatientName)).isEqualTo(VR.PN);
    }

    @Test
    void rows() {
        DictionaryEntry e = dict.lookup(0x00280010);
        assertThat(e.keyword()).isEqualTo("Rows");
        assertThat(e.vr()).isEqualTo(VR.US);
        assertThat(e.vm()).isEqualTo("1");
    }

    @Test
    void pixelDataIsObOrOwAndImplicitlyOw() {
        DictionaryEntry e = dict.lookup(0x7FE00010);
        assertThat(e.keyword()).isEqualTo("PixelData");
        assertThat(e.vrs()).containsExactly(VR.OB, VR.OW);
        assertThat(e.vr()).isEqualTo(VR.OW);
        assertThat(dict.vrOf(0x7FE00010)).isEqualTo(VR.OW);
    }

    @Test
    void usOrSsGivesUs() {
        DictionaryEntry e = dict.lookup(0x00280106); // Smallest Image Pixel Value
        assertThat(e.keyword()).isEqualTo("SmallestImagePixelValue");
        assertThat(e.vrs()).containsExactly(VR.US, VR.SS);
        assertThat(e.vr()).isEqualTo(VR.US);
        DictionaryEntry lut = dict.lookup(0x00281200); // Gray Lookup Table Data: US or SS or OW
        assertThat(lut.vrs()).containsExactly(VR.US, VR.SS, VR.OW);
        assertThat(lut.vr()).isEqualTo(VR.US);
        assertThat(lut.vm()).isEqualTo("1-n or 1");
    }

    @Test
    void overlayDataRepeatsOverEvenGroups6000To601E() {
        for (int tag : new int[] {0x60003000, 0x60023000, 0x601E3000}) {
            DictionaryEntry e = dict.lookup(tag);
            assertThat(e).as("%08X", tag).isNotNull();
            assertThat(e.keyword()).isEqualTo("OverlayData");
            assertThat(e.tag()).isEqualTo(0x60003000);
            assertThat(e.mask()).isEqualTo(0xFF00FFFF);
            assertThat(e.vrs()).containsExactly(VR.OB, VR.OW);
            assertThat(e.isRepeating()).isTrue();
            assertThat(e.pattern()).isEqualTo("(60xx,3000)");
        }
        assertThat(dict.keywordOf(0x601E3000)).isEqualTo("OverlayData");
        assertThat(dict.vrOf(0x60023000)).isEqualTo(VR.OW);
        assertThat(dict.lookup(0x60023000).matches(0x60023000)).isTrue();
        // Outside the range of repeating groups, and odd (private) groups.
        assertThat(dict.lookup(0x60203000)).isNull();
        assertThat(dict.lookup(0x60013000)).isNull();
        assertThat(dict.vrOf(0x60203000)).isEqualTo(VR.UN);
        assertThat(dict.lookup(0x60020010).keyword()).isEqualTo("OverlayRows");
    }

    @Test
    void repeatingElement() {
        DictionaryEntry e = dict.lookup(0x002031AB);
        assertThat(e.keyword()).isEqualTo("SourceImageIDs");
        assertThat(e.tag()).isEqualTo(0x00203100);
        assertThat(e.mask()).isEqualTo(0xFFFFFF00);
        assertThat(e.vr()).isEqualTo(VR.CS);
        assertThat(e.vm()).isEqualTo("1-n");
        assertThat(e.retired()).isTrue();
        assertThat(e.pattern()).isEqualTo("(0020,31xx)");
        assertThat(dict.lookup(0x00280470).keyword()).isEqualTo("RowsForNthOrderCoefficients");
        assertThat(dict.lookup(0x00280473).keyword()).isEqualTo("CoefficientCodingPointers");
        assertThat(dict.lookup(0x00280473).vr()).isEqualTo(VR.AT);
        assertThat(dict.lookup(0x00280474)).isNull();
        assertThat(dict.lookup(0x1010ABCD).keyword()).isEqualTo("ZonalMap");
    }

    @Test
    void repeatingEntriesWhoseBaseTagIsTakenAreNamedByTheirNextTag() {
        // (0028,0400) Transform Label sits where (0028,04x0) begins.
        assertThat(dict.keywordOf(0x00280400)).isEqualTo("TransformLabel");
        assertThat(dict.keywordOf(0x00280410)).isEqualTo("RowsForNthOrderCoefficients");
        assertThat(dict.tagOf("RowsForNthOrderCoefficients")).isEqualTo(0x00280410).isEqualTo(Tag.RowsForNthOrderCoefficients);
        assertThat(dict.byKeyword("RowsForNthOrderCoefficients").tag()).isEqualTo(0x00280400);
        // (1010,0000) is a group length, not Zonal Map.
        assertThat(dict.keywordOf(0x10100000)).isEqualTo("GroupLength");
        assertThat(dict.tagOf("ZonalMap")).isEqualTo(0x10100001).isEqualTo(Tag.ZonalMap);
        assertThat(dict.tagOf("EscapeTriplet")).isEqualTo(0x10000010).isEqualTo(Tag.EscapeTriplet);
        assertThat(dict.tagOf("HuffmanTableSize")).isEqualTo(0x10000002);
        // 7FE0 is Pixel Data and outside the repeating groups 7F00-7F1E anyway.
        assertThat(dict.tagOf("VariablePixelData")).isEqualTo(0x7F000010);
        assertThat(dict.keywordOf(0x7F020010)).isEqualTo("VariablePixelData");
        assertThat(dict.keywordOf(0x7FE00010)).isEqualTo("PixelData");
    }

    @Test
    void retiredElement() {
        DictionaryEntry e = dict.lookup(0x00080001);
        assertThat(e.keyword()).isEqualTo("LengthToEnd");
        assertThat(e.vr()).isEqualTo(VR.UL);
        assertThat(e.retired()).isTrue();
    }

    @Test
    void groupLength() {
        DictionaryEntry e = dict.lookup(0x00080000);
        assertThat(e.keyword()).isEqualTo("GroupLength");
        assertThat(e.vr()).isEqualTo(VR.UL);
        assertThat(e.tag()).isEqualTo(0x00080000);
        assertThat(dict.vrOf(0x00280000)).isEqualTo(VR.UL);
        assertThat(dict.vrOf(0x00090000)).isEqualTo(VR.UL);
        assertThat(dict.keywordOf(0x60000000)).isEqualTo("GroupLength");
        // The file meta group has its own entry.
        assertThat(dict.lookup(0x00020000).keyword()).isEqualTo("FileMetaInformationGroupLength");
        assertThat(dict.tagOf("GroupLength")).isEqualTo(-1);
    }

    @Test
    void privateCreatorAndPrivateElements() {
        DictionaryEntry creator = dict.lookup(0x00090010);
        assertThat(creator.keyword()).isEqualTo("PrivateCreator");
        assertThat(creator.vr()).isEqualTo(VR.LO);
        assertThat(creator.tag()).isEqualTo(0x00090010);
        assertThat(dict.vrOf(0x001100FF)).isEqualTo(VR.LO);
        assertThat(dict.lookup(0x00091001)).isNull();
        assertThat(dict.vrOf(0x00091001)).isEqualTo(VR.UN);
        assertThat(dict.keywordOf(0x00091001)).isEmpty();
        assertThat(dict.lookup(0x0009000F)).isNull();
        assertThat(dict.lookup(0x00090100)).isNull();
    }

    @Test
    void itemTagsHaveNoVr() {
        DictionaryEntry item = dict.lookup(0xFFFEE000);
        assertThat(item.keyword()).isEqualTo("Item");
        assertThat(item.vr()).isNull();
        assertThat(item.vrs()).isEmpty();
        assertThat(dict.vrOf(0xFFFEE0DD)).isEqualTo(VR.UN);
        assertThat(dict.tagOf("SequenceDelimitationItem")).isEqualTo(0xFFFEE0DD);
    }

    @Test
    void unknownStandardTag() {
        assertThat(dict.lookup(0x00100001)).isNull();
        assertThat(dict.keywordOf(0x00100001)).isEmpty();
        assertThat(dict.vrOf(0x00100001)).isEqualTo(VR.UN);
        assertThat(dict.tagOf("NoSuchKeyword")).isEqualTo(-1);
        assertThat(dict.tagOf("")).isEqualTo(-1);
    }

    @Test
    void keywordRoundTripsForEveryEntry() {
        Set<String> seen = new HashSet<>();
        int withKeyword = 0;
        for (DictionaryEntry e : dict.entries()) {
            if (e.keyword().isEmpty()) {
                continue;
            }
            withKeyword++;
            assertThat(seen.add(e.keyword())).as("duplicate keyword %s", e.keyword()).isTrue();
            int tag = dict.tagOf(e.keyword());
            assertThat(e.matches(tag)).as(e.keyword()).isTrue();
            if (!e.isRepeating()) {
                assertThat(tag).isEqualTo(e.tag());
            }
            assertThat(dict.byKeyword(e.keyword())).isSameAs(e);
            assertThat(dict.lookup(tag)).as(e.keyword()).isSameAs(e);
            assertThat(dict.keywordOf(tag)).isEqualTo(e.keyword());
        }
        assertThat(withKeyword).isGreaterThan(5000);
    }

    @Test
    void everyExactEntryIsFoundByItsTag() {
        for (DictionaryEntry e : dict.entries()) {
            if (!e.isRepeating()) {
                assertThat(dict.lookup(e.tag())).as(e.pattern()).isSameAs(e);
            }
            assertThat(e.vr() == null).isEqualTo(e.vrs().isEmpty());
        }
    }

    @Test
    void entriesAreSortedByUnsignedTag() {
        List<DictionaryEntry> list = dict.entries();
        for (int i = 1; i < list.size(); i++) {
            assertThat(Integer.compareUnsigned(list.get(i - 1).tag(), list.get(i).tag())).isLessThanOrEqualTo(0);
        }
        assertThat(list.get(list.size() - 1).tag()).isEqualTo(0xFFFEE0DD);
    }

    @Test
    void decodedEntriesAreShared() {
        DictionaryEntry e = dict.lookup(Tag.StudyInstanceUID);
        assertThat(dict.lookup(Tag.StudyInstanceUID)).isSameAs(e);
        assertThat(dict.byKeyword("StudyInstanceUID")).isSameAs(e);
        assertThat(dict.entries()).contains(e);
    }

    @Test
    void concurrentFirstLookupsGiveTheSameInstances() throws Exception {
        ElementDictionary fresh = ElementDictionary.parse(resourceBytes());
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<List<DictionaryEntry>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<DictionaryEntry> seen = new ArrayList<>();
                    for (DictionaryEntry e : fresh.entries()) {
                        seen.add(e);
                        if (!e.isRepeating()) {
                            seen.add(fresh.lookup(e.tag()));
                        }
                    }
                    seen.add(fresh.byKeyword("PatientName"));
                    return seen;
                }));
            }
            List<DictionaryEntry> first = results.get(0).get();
            assertThat(first.get(first.size() - 1).keyword()).isEqualTo("PatientName");
            for (Future<List<DictionaryEntry>> r : results) {
                List<DictionaryEntry> other = r.get();
                assertThat(other).hasSameSizeAs(first);
                for (int i = 0; i < first.size(); i++) {
                    assertThat(other.get(i)).isSameAs(first.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] resourceBytes() throws IOException {
        try (InputStream in = ElementDictionary.class.getResourceAsStream("elements.tsv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void entriesAreImmutable() {
        assertThatThrownBy(() -> dict.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> dict.lookup(Tag.PatientName).vrs().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parsesAlternativesAndRejectsBadLines() {
        String tsv = "# comment\n"
                + "00100010\tPatientName\tPN\t1\tN\tPatient's Name\r\n"
                + "60xx3000\tOverlayData\tOB|OW\t1\tN\tOverlay Data\n"
                + "00181153\tExposureInuAs\tIS\t1\tN\tExposure in \u00b5As\n";
        ElementDictionary d = ElementDictionary.parse(tsv.getBytes(StandardCharsets.UTF_8));
        assertThat(d.entries()).hasSize(3);
        assertThat(d.lookup(0x00100010).name()).isEqualTo("Patient's Name");
        assertThat(d.lookup(0x60043000).vr()).isEqualTo(VR.OW);
        assertThat(d.lookup(0x00181153).name()).isEqualTo("Exposure in \u00b5As");

        assertThatThrownBy(() -> ElementDictionary.parse("0010001\tX\tPN\t1\tN\tX\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        // Fields after the tag are checked when the entry is first decoded.
        ElementDictionary badVr = ElementDictionary.parse("00100010\tX\tQQ\t1\tN\tX\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> badVr.lookup(0x00100010))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown VR");
        assertThatThrownBy(() -> ElementDictionary.parse("00100010\tX\tPN\t1\tN\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
