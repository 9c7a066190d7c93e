// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSelectionTest {

    @Test
    void parsesNumbersAndRanges() {
        FrameSelection s = FrameSelection.parse("1, 3-5,2");
        assertThat(s.ranges()).containsExactly(new FrameSelection.Range(1, 1), new FrameSelection.Range(3, 5),
                new FrameSelection.Range(2, 2));
        assertThat(s).hasToString("1,3-5,2");
        assertThat(s.resolve(8).frames()).containsExactly(1, 2, 3, 4, 5);
        assertThat(s.resolve(8).skipped()).isEmpty();
    }

    @Test
    void numbersOutsideTheFramesAreSkippedAndNamed() {
        FrameSelection.Resolved r = FrameSelection.parse("0,2,7-12,9").resolve(8);
        assertThat(r.frames()).containsExactly(2, 7, 8);
        assertThat(r.skipped()).containsExactly("0", "9-12", "9");
        assertThat(FrameSelection.parse("9").resolve(8).frames()).isEmpty();
    }

    @Test
    void aHugeRangeCostsOnlyTheFramesThatExist() {
        assertThat(FrameSelection.parse("2-2000000000").resolve(3).frames()).isEqualTo(List.of(2, 3));
    }

    @Test
    void rejectsWhatIsNotAListOfFrames() {
        assertThatThrownBy(() -> FrameSelection.parse("a-b")).hasMessageContaining("'a-b' is not a frame number");
        assertThatThrownBy(() -> FrameSelection.parse("5-3")).hasMessageContaining("'5-3' is backwards");
        assertThatThrownBy(() -> FrameSelection.parse("")).hasMessageContaining("empty frame list");
        assertThatThrownBy(() -> FrameSelection.parse("1,,2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameSelection.parse("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameSelection.parse("3-")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameSelection.parse("99999999999")).hasMessageContaining("too large");
    }
}
