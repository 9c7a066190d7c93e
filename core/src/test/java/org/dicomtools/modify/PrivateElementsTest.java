// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.modify.Change.Action;
import org.junit.jupiter.api.Test;

class PrivateElementsTest {
    private static final ModifyOptions ACME = ModifyOptions.DEFAULT.withPrivateCreator("ACME");

    private static DataSet withOtherCreator() {
        DataSet ds = new DataSet();
        ds.setString(0x00290010, VR.LO, "OTHER");
        ds.setString(0x00291001, VR.LO, "theirs");
        return ds;
    }

    @Test
    void reservesTheLowestFreeBlockForANewCreator() {
        DataSet ds = withOtherCreator();
        ModifyResult r = Modifier.apply(ds, List.of(Modification.set("(0029,xx10)", "hello"),
                Modification.set("(0029,xx11)", "42"), Modification.set("(0029,xx12)", "1.5")), ACME);
        assertThat(ds.getString(0x00290011)).isEqualTo("ACME");
        assertThat(ds.getString(0x00291110)).isEqualTo("hello");
        assertThat(ds.get(0x00291110).vr()).isEqualTo(VR.LO);
        assertThat(ds.get(0x00291111).vr()).isEqualTo(VR.IS);
        assertThat(ds.get(0x00291112).vr()).isEqualTo(VR.DS);
        assertThat(ds.getString(0x00291001)).isEqualTo("theirs");
        assertThat(r.changes()).extracting(Change::path, Change::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("(0029,0011)", Action.ADDED),
                org.assertj.core.groups.Tuple.tuple("(0029,1110)", Action.ADDED),
                org.assertj.core.groups.Tuple.tuple("(0029,1111)", Action.ADDED),
                org.assertj.core.groups.Tuple.tuple("(0029,1112)", Action.ADDED));
        assertThat(r.changes().get(0).keyword()).isEqualTo("PrivateCreator");
    }

    @Test
    void reusesTheBlockACreatorAlreadyHas() {
        DataSet ds = withOtherCreator();
        ds.setString(0x00290042, VR.LO, "ACME ");
        ds.setString(0x00294210, VR.LO, "old");
        ModifyResult r = Modifier.apply(ds, List.of(Modification.set("(0029,xx10)", "new")), ACME);
        assertThat(ds.getString(0x00294210)).isEqualTo("new");
        assertThat(ds.contains(0x00290011)).isFalse();
        assertThat(r.changes()).singleElement().extracting(Change::action).isEqualTo(Action.MODIFIED);
    }

    @Test
    void aBlockPathNeedsACreator() {
        assertThatThrownBy(() -> Modifier.apply(new DataSet(), List.of(Modification.set("(0029,xx10)", "v")),
                ModifyOptions.DEFAULT)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("give the private creator");
    }

    @Test
    void anExplicitPrivateTagNeedsItsCreatorElementOrTheOption() {
        assertThatThrownBy(() -> Modifier.apply(new DataSet(), List.of(Modification.set("(0029,1010)", "v")),
                ModifyOptions.DEFAULT)).hasMessageContaining("(0029,1010) is private and its block has no private "
                        + "creator (0029,0010)");
        DataSet ds = new DataSet();
        Modifier.apply(ds, List.of(Modification.set("(0029,1010)", "v")), ACME);
        assertThat(ds.getString(0x00290010)).isEqualTo("ACME");
        assertThat(ds.getString(0x00291010)).isEqualTo("v");
        DataSet other = withOtherCreator();
        Modifier.apply(other, List.of(Modification.set("(0029,1001)", "mine")), ModifyOptions.DEFAULT);
        assertThat(other.getString(0x00291001)).isEqualTo("mine");
    }

    @Test
    void aCreatorMismatchIsAnError() {
        DataSet ds = withOtherCreator();
        assertThatThrownBy(() -> Modifier.apply(ds, List.of(Modification.set("(0029,1001)", "x")), ACME))
                .hasMessageContaining("belongs to private creator 'OTHER' (0029,0010), not 'ACME'");
        assertThat(ds.getString(0x00291001)).isEqualTo("theirs");
    }

    @Test
    void elementsOutsideAnyBlockAndNonPrivateGroupsAreRefused() {
        assertThatThrownBy(() -> Modifier.apply(new DataSet(), List.of(Modification.set("(0029,0001)", "x")), ACME))
                .hasMessageContaining("is in no private block");
        assertThatThrownBy(() -> Modifier.apply(new DataSet(), List.of(Modification.set("(0011,0100)", "x")),
                ModifyOptions.DEFAULT)).hasMessageContaining("is in no private block");
        assertThatThrownBy(() -> Modifier.apply(new DataSet(), List.of(Modification.set("(0007,xx10)", "x")), ACME))
                .hasMessageContaining("group 0007 cannot hold private elements");
    }

    @Test
    void deletingACreatorDeletesItsBlock() {
        DataSet ds = withOtherCreator();
        ds.setString(0x00290011, VR.LO, "ACME");
        ds.setString(0x00291110, VR.LO, "a");
        ModifyResult r = Modifier.apply(ds, List.of(Modification.delete("(0029,0010)")), ModifyOptions.DEFAULT);
        assertThat(ds.elements()).extracting(Element::tag).containsExactly(0x00290011, 0x00291110);
        assertThat(r.changes()).extracting(Change::path).containsExactly("(0029,0010)", "(0029,1001)");
    }

    @Test
    void deletingThroughAnAbsentCreatorFindsNothing() {
        DataSet ds = withOtherCreator();
        ModifyResult r = Modifier.apply(ds, List.of(Modification.delete("(0029,xx10)")), ACME);
        assertThat(r.changes()).singleElement().extracting(Change::action).isEqualTo(Action.NOT_FOUND);
        assertThat(ds.size()).isEqualTo(2);
    }

    @Test
    void anUnknownVrInTheFileIsReplacedWithAWarning() {
        DataSet ds = withOtherCreator();
        ds.put(Element.ofBytes(0x00291002, VR.UN, new byte[] {'a', 'b'}));
        ModifyResult r = Modifier.apply(ds, List.of(Modification.set("(0029,1002)", "7")), ModifyOptions.DEFAULT);
        assertThat(ds.get(0x00291002).vr()).isEqualTo(VR.IS);
        assertThat(r.warnings()).containsExactly("(0029,1002): VR UN in the file, written as IS");
    }

    @Test
    void privateElementsInsideItemsUseTheItemsCreators() {
        DataSet ds = new DataSet();
        Modifier.apply(ds, List.of(Modification.set("ReferencedStudySequence[0].(0029,xx10)", "in item")), ACME);
        DataSet item = ds.getSequence(org.dicomtools.dict.Tag.ReferencedStudySequence).get(0);
        assertThat(item.getString(0x00290010)).isEqualTo("ACME");
        assertThat(item.getString(0x00291010)).isEqualTo("in item");
        assertThat(ds.contains(0x00290010)).isFalse();
    }
}
