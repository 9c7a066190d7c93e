// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to organise and how; {@link #of(Path, Path)} gives the defaults, the {@code with…} methods change one.
 *
 * @param source      folder (or single file) to take DICOM files from
 * @param destination folder to organise them into; created when needed (never in a dry run)
 * @param recursive   walk sub-folders too; default false (the top folder only, as the seed)
 * @param template    where each file goes; default {@link Layout#PATIENT}
 * @param mode        copy or move; default {@link TransferMode#COPY}
 * @param onCollision what to do when a name is taken; default {@link CollisionPolicy#COMPARE}
 * @param dryRun      decide everything, write and delete nothing (not even the destination folder); default false
 * @param threads     header reads in parallel; default the number of processors. Placement is always sequential,
 *                    in walk order, so that results never depend on thread timing.
 */
public record OrganizeRequest(Path source, Path destination, boolean recursive, PathTemplate template,
                              TransferMode mode, CollisionPolicy onCollision, boolean dryRun, int threads) {

    public OrganizeRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(onCollision, "onCollision");
        threads = Math.max(1, threads);
    }

    /** The defaults for {@code source} into {@code destination}. */
    public static OrganizeRequest of(Path source, Path destination) {
        return new OrganizeRequest(source, destination, false, Layout.PATIENT.template(), TransferMode.COPY,
                CollisionPolicy.COMPARE, false, Runtime.getRuntime().availableProcessors());
    }

    public OrganizeRequest withRecursive(boolean r) {
        return new OrganizeRequest(source, destination, r, template, mode, onCollision, dryRun, threads);
    }

    public OrganizeRequest withTemplate(PathTemplate t) {
        return new OrganizeRequest(source, destination, recursive, t, mode, onCollision, dryRun, threads);
    }

    public OrganizeRequest withMode(TransferMode m) {
        return new OrganizeRequest(source, destination, recursive, template, m, onCollision, dryRun, threads);
    }

    public OrganizeRequest withOnCollision(CollisionPolicy c) {
        return new OrganizeRequest(source, destination, recursive, template, mode, c, dryRun, threads);
    }

    public OrganizeRequest withDryRun(boolean d) {
        return new OrganizeRequest(source, destination, recursive, template, mode, onCollision, d, threads);
    }

    public OrganizeRequest withThreads(int n) {
        return new OrganizeRequest(source, destination, recursive, template, mode, onCollision, dryRun, n);
    }
}
