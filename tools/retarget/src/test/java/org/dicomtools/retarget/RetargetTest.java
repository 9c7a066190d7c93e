// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.retarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class RetargetTest {
    private static final long TIME = 1_500_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void rewritesOldClassesWithFramesAndTheyRunUnderTheVerifier() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        entries.put("p/Base.class", TestClasses.simple(Opcodes.V1_5, "p/Base", "java/lang/Object"));
        entries.put("p/Left.class", TestClasses.simple(Opcodes.V1_5, "p/Left", "p/Base"));
        entries.put("p/Right.class", TestClasses.simple(Opcodes.V1_5, "p/Right", "p/Base"));
        entries.put("p/Picker.class", TestClasses.picker("p/Picker", "p/Left", "p/Right"));
        entries.put("p/notes.txt", "kept as is".getBytes(StandardCharsets.US_ASCII));
        Path jar = TestClasses.jar(dir.resolve("app.jar"), entries, TIME);

        Retarget.Result result = Retarget.retargetInPlace(jar);

        assertThat(result).isEqualTo(new Retarget.Result(4, 4));
        Map<String, byte[]> after = read(jar);
        assertThat(after.keySet()).containsExactlyElementsOf(entries.keySet());
        assertThat(after.get("p/notes.txt")).isEqualTo(entries.get("p/notes.txt"));
        assertThat(after.get("META-INF/MANIFEST.MF")).isEqualTo(entries.get("META-INF/MANIFEST.MF"));
        after.forEach((name, data) -> {
            if (name.endsWith(".class")) {
                assertThat(ClassRetargeter.majorVersion(data)).as(name).isEqualTo(52);
            }
        });
        assertThat(frameCount(after.get("p/Picker.class"))).isPositive();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(Collections.list(zip.entries())).allSatisfy(e -> assertThat(e.getTime()).isEqualTo(TIME));
        }
        try (URLClassLoader loader = isolatedLoader(jar)) {
            Class<?> picker = Class.forName("p.Picker", true, loader);
            assertThat((String) picker.getMethod("pick", boolean.class).invoke(null, true)).startsWith("p.Left@");
            assertThat((String) picker.getMethod("pick", boolean.class).invoke(null, false)).startsWith("p.Right@");
        }
    }

    @Test
    void leavesAJarWithoutOldClassesUntouched() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("p/Modern.class", TestClasses.simple(Opcodes.V17, "p/Modern", "java/lang/Object"));
        entries.put("p/Six.class", TestClasses.simple(Opcodes.V1_6, "p/Six", "java/lang/Object"));
        Path jar = TestClasses.jar(dir.resolve("modern.jar"), entries, TIME);
        byte[] before = Files.readAllBytes(jar);

        assertThat(Retarget.retargetInPlace(jar)).isEqualTo(new Retarget.Result(2, 0));
        assertThat(Files.readAllBytes(jar)).isEqualTo(before);
    }

    @Test
    void refusesSubroutinesAndKeepsTheJar() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("p/Old.class", TestClasses.withSubroutine("p/Old"));
        Path jar = TestClasses.jar(dir.resolve("jsr.jar"), entries, TIME);
        byte[] before = Files.readAllBytes(jar);

        assertThatThrownBy(() -> Retarget.retargetInPlace(jar))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("p/Old.class");
        assertThat(Files.readAllBytes(jar)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(jar);
        }
    }

    /**
     * The real case: picocli's Java 5 jar. Every class comes out at version 52, and loading each one through a class
     * loader of its own links it, which runs the type-checking verifier over every method (for version 51 and later
     * the JVM does not fall back to the old verifier), so a wrong frame anywhere fails here.
     */
    @Test
    void picocliComesOutAtVersion52AndVerified() throws Exception {
        Path original = Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(majorVersions(original)).containsOnly(49);
        Path jar = Files.copy(original, dir.resolve("picocli.jar"));

        Retarget.Result result = Retarget.retargetInPlace(jar);

        assertThat(result.rewritten()).isEqualTo(majorVersions(original).size()).isGreaterThan(100);
        assertThat(majorVersions(jar)).containsOnly(52);
        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = isolatedLoader(jar)) {
            for (String name : read(jar).keySet()) {
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    String className = name.substring(0, name.length() - 6).replace('/', '.');
                    try {
                        Class.forName(className, true, loader);
                    } catch (LinkageError e) {
                        failures.add(className + ": " + e);
                    }
                }
            }
            assertThat(failures).isEmpty();
            assertThat(parseWithRewrittenPicocli(loader, "-n", "42")).isEqualTo(42);
        }
    }

    /** {@code -n INT} parsed by the rewritten picocli through its programmatic API, so its code runs, not only loads. */
    private static Object parseWithRewrittenPicocli(ClassLoader loader, String... args) throws Exception {
        Class<?> commandSpec = Class.forName("picocli.CommandLine$Model$CommandSpec", true, loader);
        Class<?> optionSpec = Class.forName("picocli.CommandLine$Model$OptionSpec", true, loader);
        Object spec = commandSpec.getMethod("create").invoke(null);
        Object builder = optionSpec.getMethod("builder", String.class, String[].class).invoke(null, "-n", new String[0]);
        Method type = builder.getClass().getMethod("type", Class.class);
        type.setAccessible(true); // declared in a package-private super-class of the public builder
        type.invoke(builder, int.class);
        Object option = builder.getClass().getMethod("build").invoke(builder);
        commandSpec.getMethod("addOption", optionSpec).invoke(spec, option);
        Object commandLine = Class.forName("picocli.CommandLine", true, loader).getConstructor(Object.class)
                .newInstance(spec);
        Object parsed = commandLine.getClass().getMethod("parseArgs", String[].class).invoke(commandLine,
                (Object) args);
        return parsed.getClass().getMethod("matchedOptionValue", String.class, Object.class).invoke(parsed, "n", 0);
    }

    /** A loader that sees the jar and the JDK only, never the test's own copy of picocli. */
    private static URLClassLoader isolatedLoader(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** Class-file versions of the jar's classes, outside META-INF (picocli's module-info there is version 53). */
    private static List<Integer> majorVersions(Path jar) throws IOException {
        List<Integer> versions = new ArrayList<>();
        read(jar).forEach((name, data) -> {
            if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                versions.add(ClassRetargeter.majorVersion(data));
            }
        });
        return versions;
    }

    /** How many stack-map frames the class file holds, over all methods. */
    private static int frameCount(byte[] classFile) {
        int[] frames = {0};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
                        frames[0]++;
                    }
                };
            }
        }, 0);
        return frames[0];
    }
}
