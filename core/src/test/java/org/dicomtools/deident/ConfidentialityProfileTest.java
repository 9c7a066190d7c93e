// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Actions of known rows of PS3.15 Table E.1-1 (2024e), pattern matching and the resolution rules. */
class ConfidentialityProfileTest {

    private final ConfidentialityProfile profile = ConfidentialityProfile.standard();

    private Action basic(int tag) {
        return profile.action(tag, Set.of());
    }

    private Action with(int tag, ProfileOption... options) {
        return profile.action(tag, EnumSet.of(options[0], options));
    }

    @Test
    void standardIsLoadedOnce() {
        assertThat(ConfidentialityProfile.standard()).isSameAs(profile);
        assertThat(profile.entries()).hasSize(621);
    }

    @Test
    void patientName() {
        ProfileEntry e = profile.entry(0x00100010);
        assertThat(e.name()).isEqualTo("Patient's Name");
        assertThat(e.basic()).isEqualTo("Z");
        assertThat(e.options()).isEmpty();
        assertThat(basic(0x00100010)).isEqualTo(Action.ZERO);
        assertThat(profile.action(0x00100010, EnumSet.allOf(ProfileOption.class))).isEqualTo(Action.ZERO);
    }

    @Test
    void uids() {
        assertThat(basic(0x0020000D)).isEqualTo(Action.UID); // Study Instance UID
        assertThat(with(0x0020000D, ProfileOption.RETAIN_UIDS)).isEqualTo(Action.KEEP);
        assertThat(with(0x0020000D, ProfileOption.RETAIN_DEVICE_IDENTITY)).isEqualTo(Action.UID);
        assertThat(basic(0x00020003)).isEqualTo(Action.UID); // Media Storage SOP Instance UID, file meta
        assertThat(basic(0x00081140)).isEqualTo(Action.UID); // Referenced Image Sequence, X/Z/U*
        assertThat(profile.entry(0x00081140).basic()).isEqualTo("X/Z/U*");
    }

    @Test
    void institutionName() {
        assertThat(profile.entry(0x00080080).basic()).isEqualTo("X/Z/D");
        assertThat(basic(0x00080080)).isEqualTo(Action.DUMMY);
        assertThat(with(0x00080080, ProfileOption.RETAIN_INSTITUTION_IDENTITY)).isEqualTo(Action.KEEP);
    }

    @Test
    void studyDate() {
        assertThat(basic(0x00080020)).isEqualTo(Action.ZERO);
        assertThat(with(0x00080020, ProfileOption.RETAIN_LONG_MODIFIED_DATES)).isEqualTo(Action.CLEAN);
        assertThat(with(0x00080020, ProfileOption.RETAIN_LONG_FULL_DATES)).isEqualTo(Action.KEEP);
        assertThat(with(0x00080020, ProfileOption.RETAIN_LONG_FULL_DATES, ProfileOption.RETAIN_LONG_MODIFIED_DATES))
                .isEqualTo(Action.KEEP);
    }

    @Test
    void keepWinsOverClean() {
        // Calibration Date: Retain Device Identity K, Modified Dates C.
        assertThat(basic(0x0014407E)).isEqualTo(Action.REMOVE);
        assertThat(with(0x0014407E, ProfileOption.RETAIN_LONG_MODIFIED_DATES)).isEqualTo(Action.CLEAN);
        assertThat(with(0x0014407E, ProfileOption.RETAIN_LONG_MODIFIED_DATES, ProfileOption.RETAIN_DEVICE_IDENTITY))
                .isEqualTo(Action.KEEP);
    }

    @Test
    void assortedRows() {
        assertThat(basic(0x00080050)).isEqualTo(Action.ZERO); // Accession Number, Z
        assertThat(basic(0x00120010)).isEqualTo(Action.DUMMY); // Clinical Trial Sponsor Name, D
        assertThat(basic(0x0040A730)).isEqualTo(Action.DUMMY); // Content Sequence, D
        assertThat(with(0x0040A730, ProfileOption.CLEAN_STRUCTURED_CONTENT)).isEqualTo(Action.CLEAN);
        assertThat(basic(0x00184000)).isEqualTo(Action.REMOVE); // Acquisition Comments, X
        assertThat(with(0x00184000, ProfileOption.CLEAN_DESCRIPTORS)).isEqualTo(Action.CLEAN);
        assertThat(basic(0x00081030)).isEqualTo(Action.REMOVE); // Study Description, X
        assertThat(basic(0x00400555)).isEqualTo(Action.ZERO); // Acquisition Context Sequence, X/Z
        assertThat(basic(0x00080023)).isEqualTo(Action.DUMMY); // Content Date, Z/D
        assertThat(basic(0x00101010)).isEqualTo(Action.REMOVE); // Patient's Age
        assertThat(with(0x00101010, ProfileOption.RETAIN_PATIENT_CHARACTERISTICS)).isEqualTo(Action.KEEP);
        assertThat(with(0x00380500, ProfileOption.RETAIN_PATIENT_CHARACTERISTICS)).isEqualTo(Action.CLEAN);
        assertThat(basic(0xFFFAFFFA)).isEqualTo(Action.REMOVE); // Digital Signatures Sequence
        assertThat(profile.entry(0x00880200).name()).isEqualTo("Icon Image Sequence (see Note 11)");
    }

    @Test
    void notListed() {
        assertThat(profile.entry(0x00080060)).isNull(); // Modality
        assertThat(profile.action(0x00280010, Set.of())).isNull(); // Rows
        assertThat(profile.action(0x7FE00010, EnumSet.allOf(ProfileOption.class))).isNull(); // Pixel Data
    }

    @Test
    void overlayGroups() {
        assertThat(profile.entry(0x60003000).name()).isEqualTo("Overlay Data");
        assertThat(profile.entry(0x601E3000).name()).isEqualTo("Overlay Data");
        assertThat(profile.entry(0x60024000).name()).isEqualTo("Overlay Comments");
        assertThat(basic(0x60003000)).isEqualTo(Action.REMOVE);
        assertThat(with(0x60003000, ProfileOption.CLEAN_GRAPHICS)).isEqualTo(Action.CLEAN);
        assertThat(profile.entry(0x60203000)).isNull(); // beyond 601E: not a repeating group
        assertThat(profile.entry(0x60000010)).isNull(); // Overlay Rows is not in the table
        assertThat(profile.entry(0x60013000).name()).isEqualTo("Private Attributes"); // odd group
    }

    @Test
    void curveGroups() {
        assertThat(profile.entry(0x50000010).name()).isEqualTo("Curve Data");
        assertThat(profile.entry(0x501E3000).name()).isEqualTo("Curve Data");
        assertThat(profile.entry(0x50102000).pattern()).isEqualTo("(50xx,xxxx)");
        assertThat(basic(0x50003000)).isEqualTo(Action.REMOVE);
        assertThat(with(0x50003000, ProfileOption.CLEAN_GRAPHICS)).isEqualTo(Action.CLEAN);
        assertThat(profile.entry(0x50200010)).isNull();
        assertThat(profile.entry(0x50030010).name()).isEqualTo("Private Attributes");
    }

    @Test
    void privateAttributes() {
        ProfileEntry e = profile.entry(0x00291010);
        assertThat(e.name()).isEqualTo("Private Attributes");
        assertThat(e.tag()).isEqualTo(0x00010000);
        assertThat(e.mask()).isEqualTo(0x00010000);
        assertThat(e.pattern()).isEqualTo("(xxxo,xxxx)");
        assertThat(profile.entry(0x00090010)).isSameAs(e); // private creator
        assertThat(basic(0x7FE11010)).isEqualTo(Action.REMOVE);
        assertThat(with(0x00291010, ProfileOption.RETAIN_SAFE_PRIVATE)).isEqualTo(Action.CLEAN);
        assertThat(with(0x00291010, ProfileOption.RETAIN_UIDS)).isEqualTo(Action.REMOVE);
    }

    @Test
    void entriesSortedAndPatterns() {
        List<ProfileEntry> entries = profile.entries();
        for (int i = 1; i < entries.size(); i++) {
            assertThat(Integer.compareUnsigned(entries.get(i - 1).tag(), entries.get(i).tag())).isLessThan(0);
        }
        assertThat(entries.stream().filter(ProfileEntry::isPattern).map(ProfileEntry::pattern))
                .containsExactly("(xxxo,xxxx)", "(50xx,xxxx)", "(60xx,3000)", "(60xx,4000)");
        assertThat(profile.entry(0x0008002A).pattern()).isEqualTo("(0008,002A)");
        assertThatThrownBy(() -> entries.add(entries.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void basicCodes() {
        assertThat(ConfidentialityProfile.resolveBasic("X")).isEqualTo(Action.REMOVE);
        assertThat(ConfidentialityProfile.resolveBasic("Z")).isEqualTo(Action.ZERO);
        assertThat(ConfidentialityProfile.resolveBasic("D")).isEqualTo(Action.DUMMY);
        assertThat(ConfidentialityProfile.resolveBasic("U")).isEqualTo(Action.UID);
        assertThat(ConfidentialityProfile.resolveBasic("X/Z")).isEqualTo(Action.ZERO);
        assertThat(ConfidentialityProfile.resolveBasic("X/D")).isEqualTo(Action.DUMMY);
        assertThat(ConfidentialityProfile.resolveBasic("Z/D")).isEqualTo(Action.DUMMY);
        assertThat(ConfidentialityProfile.resolveBasic("X/Z/D")).isEqualTo(Action.DUMMY);
        assertThat(ConfidentialityProfile.resolveBasic("X/Z/U*")).isEqualTo(Action.UID);
        assertThatThrownBy(() -> ConfidentialityProfile.resolveBasic("Q")).isInstanceOf(IllegalArgumentException.class);
        for (Action a : Action.values()) {
            assertThat(Action.ofCode(a.code())).isSameAs(a);
        }
    }

    @Test
    void rejectsBadFiles() {
        String ok = "00100010\tZ\t\t\t\t\t\t\t\t\t\t\tPatient's Name\n";
        assertThat(ConfidentialityProfile.parse(("# c\n" + ok).getBytes()).entries()).hasSize(1);
        assertThatThrownBy(() -> ConfidentialityProfile.parse("00100010\tZ\tPatient's Name\n".getBytes()))
                .hasMessageContaining("line 1").hasMessageContaining("fields");
        assertThatThrownBy(() -> ConfidentialityProfile.parse(ok.replace("0010\tZ", "001G\tZ").getBytes()))
                .hasMessageContaining("tag pattern");
        assertThatThrownBy(() -> ConfidentialityProfile.parse(ok.replace("\tZ\t", "\tY\t").getBytes()))
                .hasMessageContaining("Basic Profile action");
        assertThatThrownBy(() -> ConfidentialityProfile.parse(ok.replace("\tZ\t\t", "\tZ\tX\t").getBytes()))
                .hasMessageContaining("K or C");
        assertThatThrownBy(() -> ConfidentialityProfile.parse((ok + ok).getBytes()))
                .hasMessageContaining("duplicate");
    }
}
