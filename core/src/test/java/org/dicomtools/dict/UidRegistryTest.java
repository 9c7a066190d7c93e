// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UidRegistryTest {

    private final UidRegistry registry = UidRegistry.standard();

    @Test
    void constants() {
        assertThat(Uid.ExplicitVRLittleEndian).isEqualTo("1.2.840.10008.1.2.1");
        assertThat(Uid.ImplicitVRLittleEndian).isEqualTo("1.2.840.10008.1.2");
        assertThat(Uid.CTImageStorage).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
    }

    @Test
    void lookupGivesNameTypeAndRetired() {
        UidEntry e = registry.lookup(Uid.ExplicitVRLittleEndian);
        assertThat(e.name()).isEqualTo("Explicit VR Little Endian");
        assertThat(e.type()).isEqualTo("Transfer Syntax");
        assertThat(e.retired()).isFalse();
        assertThat(e.keyword()).isEqualTo("ExplicitVRLittleEndian");

        UidEntry ct = registry.lookup("1.2.840.10008.5.1.4.1.1.2");
        assertThat(ct.name()).isEqualTo("CT Image Storage");
        assertThat(ct.type()).isEqualTo("SOP Class");

        assertThat(registry.lookup(Uid.ExplicitVRBigEndian).retired()).isTrue();
    }

    @Test
    void nameOfFallsBackToTheUid() {
        assertThat(registry.nameOf(Uid.CTImageStorage)).isEqualTo("CT Image Storage");
        assertThat(registry.nameOf("1.2.3.4")).isEqualTo("1.2.3.4");
        // Registered, but the standard gives it neither name nor keyword.
        assertThat(registry.isRegistered("1.2.840.10008.5.1.4.1.1.40")).isTrue();
        assertThat(registry.nameOf("1.2.840.10008.5.1.4.1.1.40")).isEqualTo("1.2.840.10008.5.1.4.1.1.40");
    }

    @Test
    void registeredOrNot() {
        assertThat(registry.isRegistered(Uid.CTImageStorage)).isTrue();
        assertThat(registry.isRegistered("1.2.3.4")).isFalse();
        assertThat(registry.isRegistered(null)).isFalse();
        assertThat(registry.lookup("1.2.3.4")).isNull();
    }

    @Test
    void byKeyword() {
        assertThat(registry.byKeyword("CTImageStorage").uid()).isEqualTo(Uid.CTImageStorage);
        assertThat(registry.byKeyword("NoSuchThing")).isNull();
        assertThat(registry.byKeyword("")).isNull();
    }

    @Test
    void everyEntryIsFoundByUidAndKeyword() {
        assertThat(registry.entries()).hasSizeGreaterThan(400);
        for (UidEntry e : registry.entries()) {
            assertThat(registry.lookup(e.uid())).isSameAs(e);
            if (!e.keyword().isEmpty()) {
                assertThat(registry.byKeyword(e.keyword())).isSameAs(e);
            }
        }
    }
}
