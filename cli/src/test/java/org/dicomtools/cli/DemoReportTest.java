// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoReportTest {
    @TempDir
    Path dir;

    @Test
    void escapesTextAndLinksRelativeToTheReport() throws Exception {
        DemoReport report = new DemoReport(dir);
        report.image("CT <head> & \"brain\"", dir.resolve("images/CT 10.png"));
        report.step("organize", "dicom-tools organize a b", "3 files\n1 duplicate",
                List.of(dir.resolve("org/Dö<e>/x.dcm")));
        report.failed("search", "dicom-tools search x", "no such file");

        Path index = report.write();

        String html = Files.readString(index);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<img src=\"images/CT%2010.png\" alt=\"CT &lt;head&gt; &amp; &quot;brain&quot;\">")
                .contains("href=\"org/D%C3%B6%3Ce%3E/x.dcm\"")
                .contains("3 files<br>1 duplicate")
                .contains("1 of 2 steps succeeded")
                .contains("<span class=\"bad\">failed</span>")
                .doesNotContain("<head> &");
        assertThat(dir.resolve("index.html")).exists();
    }
}
