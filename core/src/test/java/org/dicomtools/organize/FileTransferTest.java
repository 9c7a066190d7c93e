// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTransferTest {
    @TempDir
    Path dir;

    private Path source(String content) throws IOException {
        Path s = dir.resolve("in/source.dcm");
        Files.createDirectories(s.getParent());
        Files.writeString(s, content);
        Files.setLastModifiedTime(s, FileTime.fromMillis(1_500_000_000_123L));
        return s;
    }

    @Test
    void aMoveAcrossFileSystemsIsVerifiedThenTheSourceDeleted() throws IOException {
        Path s = source("payload");
        Path t = dir.resolve("out/a/b/target.dcm");

        assertThat(FileTransfer.moveByCopy(s, t, false)).isNull();

        assertThat(Files.exists(s)).isFalse();
        assertThat(Files.readString(t)).isEqualTo("payload");
        assertThat(Files.getLastModifiedTime(t)).isEqualTo(FileTime.fromMillis(1_500_000_000_123L));
        assertThat(leftovers(t.getParent())).isZero();
    }

    @Test
    void aTakenTargetIsNeverReplacedUnlessAsked() throws IOException {
        Path s = source("new");
        Path t = dir.resolve("out/target.dcm");
        Files.createDirectories(t.getParent());
        Files.writeString(t, "old");

        assertThatThrownBy(() -> FileTransfer.copy(s, t, false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> FileTransfer.move(s, t, false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> FileTransfer.moveByCopy(s, t, false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(t)).isEqualTo("old");
        assertThat(Files.readString(s)).isEqualTo("new");
        assertThat(leftovers(t.getParent())).isZero();

        FileTransfer.copy(s, t, true);
        assertThat(Files.readString(t)).isEqualTo("new");
        assertThat(Files.exists(s)).isTrue();
    }

    @Test
    void aFailedMoveLeavesTheSourceAndNoTemporaryFile() throws IOException {
        Path s = source("keep me");
        Path blocker = dir.resolve("out");
        Files.writeString(blocker, "a file where a folder is needed");

        assertThatThrownBy(() -> FileTransfer.moveByCopy(s, blocker.resolve("t.dcm"), false))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FileTransfer.move(s, blocker.resolve("t.dcm"), false))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(s)).isEqualTo("keep me");
    }

    @Test
    void movingALinkCopiesWhatItPointsToAndRemovesOnlyTheLink() throws IOException {
        Path real = source("linked content");
        Path link = Files.createSymbolicLink(dir.resolve("link.dcm"), real);
        Path t = dir.resolve("out/t.dcm");

        assertThat(FileTransfer.move(link, t, false)).isNull();

        assertThat(Files.isSymbolicLink(t)).isFalse();
        assertThat(Files.readString(t)).isEqualTo("linked content");
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.readString(real)).isEqualTo("linked content");
    }

    @Test
    void sameContentComparesBytes() throws IOException {
        Path a = Files.writeString(dir.resolve("a"), "abc");
        Path b = Files.writeString(dir.resolve("b"), "abc");
        Path c = Files.writeString(dir.resolve("c"), "abd");
        assertThat(FileTransfer.sameContent(a, b)).isTrue();
        assertThat(FileTransfer.sameContent(a, c)).isFalse();
        assertThat(FileTransfer.sameContent(a, dir.resolve("missing"))).isFalse();
    }

    private static long leftovers(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(FileTransfer.TEMP_PREFIX)).count();
        }
    }
}
