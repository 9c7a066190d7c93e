// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

/**
 * How to apply modifications.
 *
 * @param privateCreator the private creator (PS3.5 7.8.1) whose block {@code (gggg,xxee)} paths name, and that a
 *                       private tag's creator element must hold (created when absent); default {@code null} (none)
 * @param inPlace        write over the input (through a temporary file in its folder, then renamed); default false,
 *                       when writing to the input's own path is refused
 * @param dryRun         apply to the data set in memory and report, but write nothing; default false
 */
public record ModifyOptions(String privateCreator, boolean inPlace, boolean dryRun) {
    public static final ModifyOptions DEFAULT = new ModifyOptions(null, false, false);

    public ModifyOptions withPrivateCreator(String creator) {
        return new ModifyOptions(creator, inPlace, dryRun);
    }

    public ModifyOptions withInPlace(boolean in) {
        return new ModifyOptions(privateCreator, in, dryRun);
    }

    public ModifyOptions withDryRun(boolean dry) {
        return new ModifyOptions(privateCreator, inPlace, dry);
    }
}
