// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

class OptionTypesTest {
    /**
     * The launcher runs with {@code -Dpicocli.converters.excludes=java\.sql\..*,java\.time\..*} (it saves loading
     * about 100 classes at start), so an option of such a type would parse in the tests, which run without that
     * flag, and fail for users. Every option and parameter of every command and sub-command is checked here.
     */
    @Test
    void noOptionNeedsTheConvertersTheLauncherLeavesOut() throws ReflectiveOperationException {
        List<String> offending = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Map.Entry<String, Supplier<Object>> command : commands().entrySet()) {
            collect(new CommandLine(command.getValue().get()), offending, seen);
        }
        assertThat(seen).contains("info", "batch convert", "transcode");
        assertThat(offending).isEmpty();
    }

    private static void collect(CommandLine cl, List<String> offending, List<String> seen) {
        String name = cl.getCommandSpec().qualifiedName();
        seen.add(name);
        for (ArgSpec arg : cl.getCommandSpec().args()) {
            List<Class<?>> types = new ArrayList<>(List.of(arg.auxiliaryTypes()));
            types.add(arg.type());
            for (Class<?> type : types) {
                String typeName = type.getName();
                if (typeName.startsWith("java.sql.") || typeName.startsWith("java.time.")) {
                    offending.add(name + " " + arg + ": " + typeName);
                }
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            collect(sub, offending, seen);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Supplier<Object>> commands() throws ReflectiveOperationException {
        Field field = Main.class.getDeclaredField("COMMANDS");
        field.setAccessible(true);
        return (Map<String, Supplier<Object>>) field.get(null);
    }
}
