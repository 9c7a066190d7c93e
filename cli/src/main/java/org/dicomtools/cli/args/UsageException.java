// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

/**
 * A command line that cannot be run as given: an unknown option, a missing parameter, a value of the wrong type, or
 * options a command finds contradictory. The program prints the message with a pointer to the command's help and
 * exits with the usage code (SPEC §11).
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CommandSpec spec;

    /** A usage error found by a command; the command being run is the one to get help on. */
    public UsageException(String message) {
        this(null, message);
    }

    UsageException(CommandSpec spec, String message) {
        super(message);
        this.spec = spec;
    }

    /** The command whose help explains the problem, or null when it is the command being run. */
    public CommandSpec spec() {
        return spec;
    }
}
