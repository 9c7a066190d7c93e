// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;

/** Writer and reader are inverses over generated values of each kind of VR. */
class DicomJsonPropertiesTest {

    @Property(tries = 200)
    void textValues(@ForAll @Size(max = 5) List<@From("texts") String> values, @ForAll("texts") String single) {
        DataSet ds = new DataSet();
        ds.setString(0x00080005, VR.CS, "ISO_IR 192");
        ds.setString(0x00080104, VR.LO, values.toArray(new String[0]));
        // Empty groups are not carried by JSON (only non-empty ones are, F.2.2), so each group here has a name.
        String name = single.isEmpty() ? "X" : single;
        ds.setString(0x00100010, VR.PN, name + "=" + name + "=" + name, "", "=" + name, name);
        ds.setString(0x00400031, VR.UC, values.toArray(new String[0]));
        ds.setString(0x0040A160, VR.UT, String.join("\\", values));
        assertRoundTrip(ds);
    }

    @Property(tries = 200)
    void binaryNumbers(@ForAll @Size(max = 6) List<Long> longs, @ForAll @Size(max = 6) List<Integer> floatBits) {
        long[] l = longs.stream().mapToLong(Long::longValue).toArray();
        double[] f = floatBits.stream().mapToDouble(b -> Float.intBitsToFloat(b))
                .filter(d -> !Double.isNaN(d)).toArray();
        double[] d = longs.stream().mapToDouble(Double::longBitsToDouble).filter(x -> !Double.isNaN(x)).toArray();
        DataSet ds = new DataSet();
        for (VR vr : new VR[] {VR.US, VR.SS, VR.UL, VR.SL, VR.SV, VR.UV}) {
            ds.put(Element.ofBytes(0x00090000 | 0x1000 | vr.ordinal(), vr, Values.encodeIntegers(vr, l)));
        }
        ds.put(Element.ofBytes(0x00091100, VR.FL, Values.encodeNumbers(VR.FL, f)));
        ds.put(Element.ofBytes(0x00091101, VR.FD, Values.encodeNumbers(VR.FD, d)));
        assertRoundTrip(ds);
    }

    @Property(tries = 200)
    void decimalStrings(@ForAll @Size(max = 6) List<@From("decimals") String> ds, @ForAll @Size(max = 6) List<Long> is) {
        DataSet data = new DataSet();
        data.setString(0x00200032, VR.DS, ds.toArray(new String[0]));
        data.setString(0x00200013, VR.IS, is.stream().map(v -> Long.toString(v % 100_000_000_000L))
                .toArray(String[]::new));
        assertRoundTrip(data);
    }

    @Property(tries = 100)
    void bytes(@ForAll byte[] value) {
        DataSet ds = new DataSet();
        ds.setBytes(0x00091001, VR.OB, value);
        ds.setBytes(0x00091002, VR.UN, value);
        assertRoundTrip(ds);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withCharRange('!', '[').withCharRange(']', '~')
                .withCharRange('\u00C0', '\u017F').withCharRange('\u4E00', '\u4E80')
                .withChars(' ')
                .ofMaxLength(20)
                .map(String::strip)
                .filter(s -> !s.contains("="));
    }

    @Provide
    Arbitrary<String> decimals() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(6).map(Values::formatDecimalString),
                Arbitraries.integers().between(-999, 999).map(i -> i + ".50"),
                Arbitraries.doubles().between(-1e300, 1e300).map(Values::formatDecimalString));
    }

    private static void assertRoundTrip(DataSet ds) {
        String json = DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT);
        assertThat(TestData.differences(ds, DicomJsonReader.read(json))).as(json).isEmpty();
    }
}
