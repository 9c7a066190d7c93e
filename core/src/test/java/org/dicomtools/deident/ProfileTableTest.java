// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The generated profile.tsv against the source table, and how fast it loads. */
class ProfileTableTest {

    /** JSON keys of the option columns, in {@link ProfileOption} order. */
    private static final List<String> OPTION_KEYS = List.of("rtnSafePrivOpt", "rtnUIDsOpt", "rtnDevIdOpt",
            "rtnInstIdOpt", "rtnPatCharsOpt", "rtnLongFullDatesOpt", "rtnLongModifDatesOpt", "cleanDescOpt",
            "cleanStructContOpt", "cleanGraphOpt");

    private static byte[] resource() throws IOException {
        try (InputStream in = ConfidentialityProfile.class.getResourceAsStream("profile.tsv")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void generatedFileHasHeaderAndOneLinePerRow() throws IOException {
        List<String> lines = new String(resource(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("# ").contains("PS3.15", "Table E.1-1", "2024e",
                "confidentiality_profile_attributes.json", "Generated", "do not edit");
        List<String> data = lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(data).hasSize(621);
        assertThat(data).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(13));
        assertThat(data).allSatisfy(l -> assertThat(l.substring(0, 8)).matches("[0-9A-Fxo]{8}"));
    }

    @Test
    void everyRowOfTheSourceTableResolves() throws IOException {
        Path json = Stream.of("../../shared/data/dicom-standard", "../shared/data/dicom-standard")
                .map(d -> Path.of(d, "confidentiality_profile_attributes.json"))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        Assumptions.assumeTrue(json != null, "shared/data/dicom-standard not present");
        List<Map<String, String>> rows = readRows(json);
        assertThat(rows).hasSize(621);

        ConfidentialityProfile profile = ConfidentialityProfile.standard();
        Set<ProfileOption> all = EnumSet.allOf(ProfileOption.class);
        for (Map<String, String> row : rows) {
            String tagText = row.get("tag");
            int tag = concreteTag(tagText);
            ProfileEntry e = profile.entry(tag);
            assertThat(e).as(tagText).isNotNull();
            assertThat(e.name()).as(tagText).isEqualTo(String.join(" ", row.get("name").strip().split("\\s+")));
            assertThat(e.basic()).as(tagText).isEqualTo(row.get("basicProfile"));
            assertThat(profile.action(tag, Set.of())).as(tagText).isNotNull();
            assertThat(profile.action(tag, all)).as(tagText).isNotNull();
            for (ProfileOption o : ProfileOption.values()) {
                String v = row.get(OPTION_KEYS.get(o.ordinal()));
                Action expected = v == null ? null : Action.ofCode(v.charAt(0));
                assertThat(e.options().get(o)).as(tagText + " " + o).isEqualTo(expected);
                Action single = profile.action(tag, EnumSet.of(o));
                assertThat(single).as(tagText + " " + o).isEqualTo(expected != null ? expected : e.basicAction());
            }
        }
    }

    /** A tag the row covers: x digits as 0, and (0009,1010) for the private attributes. */
    private static int concreteTag(String text) {
        if (text.startsWith("(GGGG")) {
            return 0x00091010;
        }
        return Integer.parseUnsignedInt((text.substring(1, 5) + text.substring(6, 10)).replace('X', '0'), 16);
    }

    private static List<Map<String, String>> readRows(Path json) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> row = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    row.put(key, p.getValueAsString());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void loadTime() throws IOException {
        // Reported, not asserted: the time to read and index the table, first (cold) and after warm-up.
        long t0 = System.nanoTime();
        ConfidentialityProfile first = ConfidentialityProfile.parse(resource());
        long cold = System.nanoTime() - t0;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            ConfidentialityProfile.parse(resource());
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf("ConfidentialityProfile: %d rows loaded in %.2f ms (first), %.3f ms (warm)%n",
                first.entries().size(), cold / 1e6, best / 1e6);
        assertThat(first.entries()).hasSize(621);
    }
}
