// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.retarget;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites one class file to a newer class-file version with stack-map frames (JVMS 4.7.4) computed, so the JVM
 * checks it with the fast type-checking verifier and class-data sharing accepts it (CDS refuses versions below 50).
 * Only the version number and the frames change; the code is copied instruction for instruction.
 */
final class ClassRetargeter {
    /** Java 8: the newest version whose rules a Java 5 class already satisfies without other changes. */
    static final int TARGET_VERSION = Opcodes.V1_8;

    private final ClassHierarchy hierarchy;

    ClassRetargeter(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** The major version of a class file (bytes 6-7, JVMS 4.1). */
    static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }

    /**
     * The class rewritten to {@link #TARGET_VERSION}. Fails on JSR/RET subroutines, which newer versions forbid
     * (ASM refuses to compute frames for them).
     */
    byte[] retarget(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return hierarchy.commonSuperClass(type1, type2);
            }
        };
        ClassVisitor versionSetter = new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(TARGET_VERSION, access, name, signature, superName, interfaces);
            }
        };
        reader.accept(versionSetter, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
