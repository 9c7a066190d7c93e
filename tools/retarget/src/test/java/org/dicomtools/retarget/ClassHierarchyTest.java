// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.retarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

class ClassHierarchyTest {
    private final ClassHierarchy hierarchy = new ClassHierarchy();

    @BeforeEach
    void jarClasses() {
        // p/Base extends RuntimeException; p/Left, p/Right extend p/Base; p/Other extends IllegalStateException;
        // p/Named is an interface that p/Right implements.
        hierarchy.add(TestClasses.simple(Opcodes.V1_5, "p/Base", "java/lang/RuntimeException"));
        hierarchy.add(TestClasses.simple(Opcodes.V1_5, "p/Left", "p/Base"));
        hierarchy.add(TestClasses.iface(Opcodes.V1_5, "p/Named"));
        hierarchy.add(TestClasses.simple(Opcodes.V1_5, "p/Right", "p/Base", "p/Named"));
        hierarchy.add(TestClasses.simple(Opcodes.V1_5, "p/Other", "java/lang/IllegalStateException"));
    }

    @Test
    void siblingsMeetAtTheirParent() {
        assertThat(hierarchy.commonSuperClass("p/Left", "p/Right")).isEqualTo("p/Base");
    }

    @Test
    void aSuperClassIsItsOwnAnswer() {
        assertThat(hierarchy.commonSuperClass("p/Base", "p/Left")).isEqualTo("p/Base");
        assertThat(hierarchy.commonSuperClass("p/Left", "p/Base")).isEqualTo("p/Base");
        assertThat(hierarchy.commonSuperClass("p/Left", "p/Left")).isEqualTo("p/Left");
    }

    @Test
    void jarClassesMeetJdkClassesInTheJdk() {
        assertThat(hierarchy.commonSuperClass("p/Left", "p/Other")).isEqualTo("java/lang/RuntimeException");
        assertThat(hierarchy.commonSuperClass("p/Left", "java/lang/IllegalArgumentException"))
                .isEqualTo("java/lang/RuntimeException");
    }

    @Test
    void jdkClassesAreFoundByReflection() {
        assertThat(hierarchy.commonSuperClass("java/lang/Integer", "java/lang/Long")).isEqualTo("java/lang/Number");
        assertThat(hierarchy.commonSuperClass("java/util/ArrayList", "java/util/LinkedList"))
                .isEqualTo("java/util/AbstractList");
    }

    @Test
    void anInterfaceIsTheAnswerOnlyWhenTheOtherImplementsIt() {
        assertThat(hierarchy.commonSuperClass("p/Named", "p/Right")).isEqualTo("p/Named");
        assertThat(hierarchy.commonSuperClass("p/Named", "p/Left")).isEqualTo("java/lang/Object");
        assertThat(hierarchy.commonSuperClass("java/lang/Runnable", "java/lang/Thread"))
                .isEqualTo("java/lang/Runnable");
        assertThat(hierarchy.commonSuperClass("java/lang/Runnable", "java/lang/Comparable"))
                .isEqualTo("java/lang/Object");
    }

    @Test
    void aTypeFoundNowhereStopsTheBuild() {
        assertThatThrownBy(() -> hierarchy.commonSuperClass("p/Left", "q/Missing"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("q/Missing");
    }
}
