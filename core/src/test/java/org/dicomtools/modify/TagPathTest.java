// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class TagPathTest {

    @Test
    void keywordTagAndHexFormsNameTheSameElement() {
        for (String text : new String[] {"PatientName", "(0010,0010)", "00100010", "0010,0010", " (0010,0010) "}) {
            TagPath p = TagPath.parse(text);
            assertThat(p.steps()).as(text).hasSize(1);
            assertThat(p.leaf().tag()).isEqualTo(Tag.PatientName);
            assertThat(p.leaf().name()).isEqualTo("PatientName");
            assertThat(p.leaf().hasIndex()).isFalse();
        }
    }

    @Test
    void nestedPathsTakeAKeywordOrATagAtEveryLevel() {
        TagPath p = TagPath.parse("ReferencedStudySequence[0].ReferencedSOPInstanceUID");
        assertThat(p.steps()).extracting(TagPath.Step::tag)
                .containsExactly(Tag.ReferencedStudySequence, Tag.ReferencedSOPInstanceUID);
        assertThat(p.steps().get(0).index()).isZero();

        TagPath deep = TagPath.parse("(0040,A730)[0].ContentSequence[2].(0040,A160)");
        assertThat(deep.steps()).extracting(TagPath.Step::tag)
                .containsExactly(Tag.ContentSequence, Tag.ContentSequence, Tag.TextValue);
        assertThat(deep.steps()).extracting(TagPath.Step::index).containsExactly(0, 2, -1);
        assertThat(deep.steps()).extracting(TagPath.Step::name)
                .containsExactly("ContentSequence", "ContentSequence", "TextValue");
    }

    @Test
    void lastStepMayNameAnItem() {
        TagPath p = TagPath.parse("ReferencedImageSequence[3]");
        assertThat(p.leaf().index()).isEqualTo(3);
    }

    @Test
    void privateBlockFormKeepsGroupAndLowByte() {
        TagPath p = TagPath.parse("(0029,xx10)");
        assertThat(p.leaf().privateBlock()).isTrue();
        assertThat(p.leaf().tag()).isEqualTo(0x00290010);
        assertThat(p.leaf().name()).isEqualTo("(0029,xx10)");
        assertThat(TagPath.parse("0029XX3F").leaf().tag()).isEqualTo(0x0029003F);
        TagPath explicit = TagPath.parse("(0029,1010)");
        assertThat(explicit.leaf().privateBlock()).isFalse();
        assertThat(explicit.leaf().name()).isEqualTo("(0029,1010)");
    }

    @Test
    void unknownKeywordIsNamedWithACaseSuggestion() {
        assertThatThrownBy(() -> TagPath.parse("Foo")).isInstanceOf(InvalidValueException.class)
                .hasMessage("tag path 'Foo': unknown keyword 'Foo'");
        assertThatThrownBy(() -> TagPath.parse("patientname")).hasMessageContaining("did you mean PatientName?");
    }

    @Test
    void badIndexesAreRefused() {
        assertThatThrownBy(() -> TagPath.parse("ReferencedStudySequence[x].ReferencedSOPInstanceUID"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("bad item index '[x]'");
        assertThatThrownBy(() -> TagPath.parse("ReferencedStudySequence[-1].ReferencedSOPInstanceUID"))
                .hasMessageContaining("bad item index '[-1]'");
        assertThatThrownBy(() -> TagPath.parse("ReferencedStudySequence[].ReferencedSOPInstanceUID"))
                .hasMessageContaining("bad item index");
    }

    @Test
    void anIndexOnANonSequenceIsRefused() {
        assertThatThrownBy(() -> TagPath.parse("PatientName[0].PatientID"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("tag path 'PatientName[0].PatientID': PatientName is not a sequence (VR PN), so it has "
                        + "no items");
    }

    @Test
    void aNestedStepNeedsAnIndex() {
        assertThatThrownBy(() -> TagPath.parse("ReferencedStudySequence.ReferencedSOPInstanceUID"))
                .hasMessageContaining("has no item index, as in ReferencedStudySequence[0].ReferencedSOPInstanceUID");
    }

    @Test
    void malformedStepsAreRefused() {
        assertThatThrownBy(() -> TagPath.parse("")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> TagPath.parse("PatientName.")).hasMessageContaining("an empty step");
        assertThatThrownBy(() -> TagPath.parse("(0010,xx10)")).hasMessageContaining("private (odd) groups only");
        assertThatThrownBy(() -> TagPath.parse("(0029,1x10)")).hasMessageContaining("is not a tag");
        assertThatThrownBy(() -> TagPath.parse("(0029,xx1x)")).hasMessageContaining("only the block byte");
    }
}
