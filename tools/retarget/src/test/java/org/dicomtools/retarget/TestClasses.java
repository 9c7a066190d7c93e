// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.retarget;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Small class files and jars built with ASM for the tests, in the shape a Java 5 compiler leaves them. */
final class TestClasses {
    private TestClasses() {}

    /** An empty public class (or interface) with a default constructor, at the given class-file version. */
    static byte[] simple(int version, String name, String superName, String... interfaces) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, superName, interfaces);
        constructor(cw, superName);
        cw.visitEnd();
        return cw.toByteArray();
    }

    static byte[] iface(int version, String name) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT, name, null,
                "java/lang/Object", null);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * A Java 5 class {@code name} with {@code static String pick(boolean b)} returning
     * {@code (b ? new left() : new right()).toString()}: the branches join with two different types on the stack, so
     * a frame at the join needs their common super-class. No frames are written, as a Java 5 compiler would.
     */
    static byte[] picker(String name, String left, String right) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        constructor(cw, "java/lang/Object");
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "pick", "(Z)Ljava/lang/String;",
                null, null);
        mv.visitCode();
        Label otherwise = new Label();
        Label join = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitJumpInsn(Opcodes.IFEQ, otherwise);
        newInstance(mv, left);
        mv.visitJumpInsn(Opcodes.GOTO, join);
        mv.visitLabel(otherwise);
        newInstance(mv, right);
        mv.visitLabel(join);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** A Java 5 class whose only method uses a JSR/RET subroutine, which class-file version 51 and later forbid. */
    static byte[] withSubroutine(String name) {
        ClassWriter cw = new ClassWriter(0);
        cw.visit(Opcodes.V1_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()V", null, null);
        mv.visitCode();
        Label subroutine = new Label();
        Label end = new Label();
        mv.visitJumpInsn(Opcodes.JSR, subroutine);
        mv.visitJumpInsn(Opcodes.GOTO, end);
        mv.visitLabel(subroutine);
        mv.visitVarInsn(Opcodes.ASTORE, 0);
        mv.visitVarInsn(Opcodes.RET, 0);
        mv.visitLabel(end);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(1, 1);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Writes a jar with the entries in iteration order, each stamped with the given time. */
    static Path jar(Path file, Map<String, byte[]> entries, long time) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setTime(time);
                zip.putNextEntry(z);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void newInstance(MethodVisitor mv, String type) {
        mv.visitTypeInsn(Opcodes.NEW, type);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, type, "<init>", "()V", false);
    }

    private static void constructor(ClassWriter cw, String superName) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
