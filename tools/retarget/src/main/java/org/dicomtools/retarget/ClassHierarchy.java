// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.retarget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Super-types of the classes in one jar, falling back to the running JDK's platform classes: what the frame
 * computation needs to merge two reference types, without loading any class of the jar (they are only parsed).
 */
final class ClassHierarchy {
    /** One type's place in the hierarchy; {@code superName} is null for java/lang/Object and for interfaces' root. */
    record Node(String superName, List<String> interfaces, boolean isInterface) {}

    private final Map<String, Node> jarTypes = new HashMap<>();
    private final Map<String, Node> jdkTypes = new HashMap<>();

    /** Records a class file of the jar (header only). */
    void add(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        jarTypes.put(reader.getClassName(), new Node(reader.getSuperName(), List.of(reader.getInterfaces()),
                (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0));
    }

    /**
     * The nearest common super-class of two internal names, with ClassWriter's contract: java/lang/Object when either
     * is an interface that is not a super-type of the other (the verifier treats interfaces as Object).
     */
    String commonSuperClass(String type1, String type2) {
        if (type1.equals(type2) || isSuperType(type1, type2)) {
            return type1;
        }
        if (isSuperType(type2, type1)) {
            return type2;
        }
        if (node(type1).isInterface() || node(type2).isInterface()) {
            return "java/lang/Object";
        }
        List<String> chain2 = superClasses(type2);
        for (String candidate : superClasses(type1)) {
            if (chain2.contains(candidate)) {
                return candidate;
            }
        }
        return "java/lang/Object";
    }

    /** Whether {@code ancestor} is {@code type} or one of its super-classes or super-interfaces. */
    private boolean isSuperType(String ancestor, String type) {
        if (ancestor.equals(type)) {
            return true;
        }
        Node node = node(type);
        if (node.superName() != null && isSuperType(ancestor, node.superName())) {
            return true;
        }
        for (String itf : node.interfaces()) {
            if (isSuperType(ancestor, itf)) {
                return true;
            }
        }
        return false;
    }

    /** The type and its super-classes up to java/lang/Object. */
    private List<String> superClasses(String type) {
        List<String> chain = new ArrayList<>();
        for (String t = type; t != null; t = node(t).superName()) {
            chain.add(t);
        }
        return chain;
    }

    private Node node(String type) {
        Node node = jarTypes.get(type);
        return node != null ? node : jdkTypes.computeIfAbsent(type, ClassHierarchy::jdkNode);
    }

    /**
     * A JDK type, by reflection through the platform class loader: it only sees the JDK's own modules, so a jar class
     * is never loaded by accident, and reflection works whatever class-file version the running JDK has.
     */
    private static Node jdkNode(String type) {
        Class<?> c;
        try {
            c = Class.forName(type.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("type " + type + " is neither in the jar nor in the JDK: its frames"
                    + " cannot be computed", e);
        }
        List<String> interfaces = new ArrayList<>();
        for (Class<?> itf : c.getInterfaces()) {
            interfaces.add(internalName(itf));
        }
        String superName = c.getSuperclass() == null ? null : internalName(c.getSuperclass());
        if (c.isInterface()) {
            superName = "java/lang/Object";
        }
        return new Node(superName, List.copyOf(interfaces), c.isInterface());
    }

    private static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }
}
