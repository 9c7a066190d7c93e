// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** TEMPORARY STUB: replaced by the full implementation (charset branch). */
public final class SpecificCharacterSet {
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(List.of());
    private final List<String> terms;

    private SpecificCharacterSet(List<String> terms) {
        this.terms = terms;
    }

    public static SpecificCharacterSet of(List<String> terms) {
        return new SpecificCharacterSet(List.copyOf(terms));
    }

    public String decode(byte[] bytes, int offset, int length, VR vr) {
        boolean utf8 = terms.contains("ISO_IR 192");
        return new String(bytes, offset, length, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    public byte[] encode(String value, VR vr) {
        boolean utf8 = terms.contains("ISO_IR 192");
        return value.getBytes(utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    public List<String> warnings() {
        return List.of();
    }

    public List<String> terms() {
        return terms;
    }

    public boolean isDefault() {
        return terms.isEmpty();
    }
}
