// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.util.Set;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;

/**
 * Pixel data the profile cannot clean: text burned into the image (PS3.15 E.3.1, Clean Pixel Data). Flagged when
 * Burned In Annotation is YES, or absent on modalities that often carry it (US, SC, XC, ES, secondary capture).
 */
final class BurnedInAnnotation {
    private static final Set<String> OFTEN = Set.of("US", "SC", "XC", "ES", "OT");

    private BurnedInAnnotation() {
    }

    static void check(DataSet ds, Set<String> warnings) {
        if (!ds.contains(Tag.PixelData)) {
            return;
        }
        String burned = ds.getString(Tag.BurnedInAnnotation);
        String modality = ds.getString(Tag.Modality, "");
        String sopClass = ds.getString(Tag.SOPClassUID, "");
        if ("YES".equalsIgnoreCase(burned)) {
            warnings.add("Burned In Annotation is YES: the pixel data needs review");
        } else if (burned == null && (OFTEN.contains(modality) || sopClass.startsWith("1.2.840.10008.5.1.4.1.1.7"))) {
            warnings.add("no Burned In Annotation on a " + (modality.isEmpty() ? "secondary capture" : modality)
                    + " image: the pixel data may carry text and needs review");
        }
    }
}
