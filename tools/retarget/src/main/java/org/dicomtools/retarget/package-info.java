// SPDX-License-Identifier: Apache-2.0
/**
 * Build-time tool, never shipped: rewrites the pre-Java-6 classes of the shaded CLI jar (picocli's, class-file
 * version 49) to version 52 with stack-map frames (JVMS 4.7.4), so class-data sharing can archive them and the JVM
 * checks them with the type-checking verifier instead of the old inference verifier at every start.
 *
 * <p>{@link org.dicomtools.retarget.Retarget} is the entry point the cli module's build runs after the shade plugin
 * (exec-maven-plugin, {@code package} phase). {@link org.dicomtools.retarget.ClassRetargeter} rewrites one class with
 * ASM; the frames need the common super-class of two types, which {@link org.dicomtools.retarget.ClassHierarchy}
 * answers from the jar's class files (parsed, never loaded) and the running JDK's own classes.
 */
package org.dicomtools.retarget;
