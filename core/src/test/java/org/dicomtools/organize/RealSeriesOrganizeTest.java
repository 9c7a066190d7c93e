// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 174-slice CT series of the shared data folder, organised by series (skipped when the data is absent). */
class RealSeriesOrganizeTest {
    @TempDir
    Path dest;

    private static Path series() {
        for (String up : new String[] {"../../shared/data/sample_series", "../shared/data/sample_series"}) {
            Path p = Path.of("").toAbsolutePath().resolve(up).normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void bySeriesGivesEverySliceInOneFolderNamedAsTheSeedDoes() {
        Path src = series();
        Assumptions.assumeTrue(src != null, "shared/data/sample_series not present");
        List<Placement> placements = new ArrayList<>();
        OrganizeSummary s = Organizer.run(OrganizeRequest.of(src, dest).withTemplate(Layout.SERIES.template()),
                placements::add);

        assertThat(s.count(Action.COPIED)).isEqualTo(174);
        assertThat(s.failed()).isZero();
        List<String> files = Instances.files(dest);
        assertThat(files).hasSize(174).allMatch(f -> f.startsWith("CEREBRIX/20070803/003_CT FET Cerebral Natif 2.0mm/"));
        assertThat(files).contains("CEREBRIX/20070803/003_CT FET Cerebral Natif 2.0mm/0001.dcm",
                "CEREBRIX/20070803/003_CT FET Cerebral Natif 2.0mm/0174.dcm");
        assertThat(placements.get(0).sourceRelative().toString()).isEqualTo("IM-0001-0001.dcm");
        assertThat(placements.get(0).destinationRelative().toString().replace('\\', '/'))
                .isEqualTo("CEREBRIX/20070803/003_CT FET Cerebral Natif 2.0mm/0001.dcm");

        OrganizeSummary again = Organizer.run(OrganizeRequest.of(src, dest).withTemplate(Layout.SERIES.template()),
                p -> { });
        assertThat(again.duplicates()).isEqualTo(174);
    }

    @Test
    void theOtherLayoutsMatchTheSeedsExpectedTargets() {
        Path src = series();
        Assumptions.assumeTrue(src != null, "shared/data/sample_series not present");
        OrganizeRequest plan = OrganizeRequest.of(src, dest).withDryRun(true);
        List<Placement> patient = new ArrayList<>();
        Organizer.run(plan.withTemplate(Layout.PATIENT.template()), patient::add);
        List<Placement> study = new ArrayList<>();
        Organizer.run(plan.withTemplate(Layout.STUDY.template()), study::add);
        List<Placement> modality = new ArrayList<>();
        Organizer.run(plan.withTemplate(Layout.MODALITY.template()), modality::add);

        assertThat(rel(patient.get(0))).isEqualTo("CEREBRIX/XsxuId/IM-0001-0001.dcm");
        assertThat(rel(study.get(0))).isEqualTo("CEREBRIX/20070803_PET^PETCT_CTplusFET_LM_Brain (Adult)/"
                + "IM-0001-0001.dcm");
        assertThat(rel(modality.get(0))).isEqualTo("CT/CEREBRIX/IM-0001-0001.dcm");
        assertThat(Files.exists(dest.resolve("CEREBRIX"))).isFalse();
    }

    private static String rel(Placement p) {
        return p.destinationRelative().toString().replace('\\', '/');
    }
}
