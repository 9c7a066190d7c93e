// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated constants agree with the generated tables they were produced alongside. */
class GeneratedConstantsTest {

    private static List<Field> constants(Class<?> type, Class<?> fieldType) {
        List<Field> list = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            assertThat(Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)).as(f.getName()).isTrue();
            assertThat(f.getType()).as(f.getName()).isEqualTo(fieldType);
            list.add(f);
        }
        return list;
    }

    @Test
    void everyTagConstantIsNamedByItsKeyword() throws IllegalAccessException {
        ElementDictionary dict = ElementDictionary.standard();
        List<Field> fields = constants(Tag.class, int.class);
        for (Field f : fields) {
            int tag = f.getInt(null);
            assertThat(dict.keywordOf(tag)).as("Tag.%s = %08X", f.getName(), tag).isEqualTo(f.getName());
            assertThat(dict.tagOf(f.getName())).isEqualTo(tag);
        }
        long withKeyword = dict.entries().stream().filter(e -> !e.keyword().isEmpty()).count();
        assertThat(fields).hasSize((int) withKeyword);
        assertThat(Tag.PatientName).isEqualTo(0x00100010);
        assertThat(Tag.OverlayData).isEqualTo(0x60003000);
        assertThat(Tag.PixelData).isEqualTo(0x7FE00010);
    }

    @Test
    void everyUidConstantIsNamedByItsKeyword() throws IllegalAccessException {
        UidRegistry registry = UidRegistry.standard();
        List<Field> fields = constants(Uid.class, String.class);
        for (Field f : fields) {
            String uid = (String) f.get(null);
            UidEntry e = registry.lookup(uid);
            assertThat(e).as("Uid.%s", f.getName()).isNotNull();
            assertThat(e.keyword()).isEqualTo(f.getName());
        }
        long withKeyword = registry.entries().stream().filter(e -> !e.keyword().isEmpty()).count();
        assertThat(fields).hasSize((int) withKeyword);
    }
}
