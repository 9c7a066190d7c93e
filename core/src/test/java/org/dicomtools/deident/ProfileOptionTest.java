// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CID 7050 codes of the profile and its options. */
class ProfileOptionTest {

    @Test
    void codes() {
        assertThat(ProfileOption.BASIC_PROFILE)
                .isEqualTo(new ProfileOption.Code("113100", "DCM", "Basic Application Confidentiality Profile"));
        assertThat(ProfileOption.RETAIN_SAFE_PRIVATE.codeValue()).isEqualTo("113111");
        assertThat(ProfileOption.RETAIN_UIDS.codeMeaning()).isEqualTo("Retain UIDs Option");
        assertThat(ProfileOption.RETAIN_LONG_MODIFIED_DATES.code()).isEqualTo(new ProfileOption.Code("113107", "DCM",
                "Retain Longitudinal Temporal Information Modified Dates Option"));
        assertThat(ProfileOption.CLEAN_GRAPHICS.codeValue()).isEqualTo("113103");
        for (ProfileOption o : ProfileOption.values()) {
            assertThat(o.codingSchemeDesignator()).isEqualTo("DCM");
            assertThat(o.codeMeaning()).endsWith(" Option");
            assertThat(o.codeValue()).matches("1131(0[3-9]|1[0-2])");
        }
    }
}
