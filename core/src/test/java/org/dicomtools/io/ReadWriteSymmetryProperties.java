// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.dict.DictionaryEntry;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/** Writing then reading gives back the same data set, for random data sets in every native syntax. */
class ReadWriteSymmetryProperties {
    /** Dictionary elements with one VR, outside the meta group and Specific Character Set, not repeating. */
    private static final List<DictionaryEntry> ENTRIES = ElementDictionary.standard().entries().stream()
            .filter(e -> e.vr() != null && e.vrs().size() == 1 && e.vr() != VR.SQ && !e.isRepeating())
            .filter(e -> e.tag() >>> 16 != 0x0002 && (e.tag() & 0xFFFF) != 0 && e.tag() != 0x00080005)
            .filter(e -> e.tag() >>> 16 != 0xFFFE)
            .toList();

    @Property(tries = 200)
    void randomDataSetsRoundTrip(@ForAll("dataSets") DataSet ds, @ForAll("syntaxes") TransferSyntax ts,
                                 @ForAll boolean definedLengths) {
        WriteOptions options = definedLengths ? WriteOptions.DEFINED_LENGTHS : WriteOptions.DEFAULT;
        DicomFile back = Fixtures.read(Fixtures.write(ds, ts, options));
        assertThat(back.dataSet()).isEqualTo(ds);
        assertThat(back.warnings()).isEmpty();
    }

    @Provide
    Arbitrary<TransferSyntax> syntaxes() {
        return Arbitraries.of(TransferSyntaxes.nativeSyntaxes());
    }

    @Provide
    Arbitrary<DataSet> dataSets() {
        Arbitrary<List<Element>> top = element().list().ofMinSize(1).ofMaxSize(20);
        Arbitrary<List<List<Element>>> items = element().list().ofMaxSize(6).list().ofMaxSize(3);
        return Combinators.combine(top, items).as((elements, itemLists) -> {
            DataSet ds = new DataSet();
            elements.forEach(ds::put);
            if (!itemLists.isEmpty()) {
                var seq = ds.newSequence(0x00081140);
                for (List<Element> itemElements : itemLists) {
                    DataSet item = DataSet.item(ds);
                    itemElements.forEach(item::put);
                    seq.add(item);
                }
            }
            return ds;
        });
    }

    private Arbitrary<Element> element() {
        Arbitrary<DictionaryEntry> entry = Arbitraries.of(ENTRIES);
        // Even lengths that are whole units of every binary VR, so padding never changes the bytes.
        Arbitrary<byte[]> value = Arbitraries.bytes().array(byte[].class).ofMaxSize(64)
                .map(b -> java.util.Arrays.copyOf(b, b.length - b.length % 8));
        return Combinators.combine(entry, value).as((e, v) -> Element.ofBytes(e.tag(), e.vr(), v));
    }
}
