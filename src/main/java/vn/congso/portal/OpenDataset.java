package vn.congso.portal;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A downloadable, machine-readable dataset of the portal (NĐ42 Đ9 k2), listed in the DCAT catalogue
 * {@code /du-lieu-mo/catalog.jsonld}. A module shares a dataset by declaring a bean of this type.
 *
 * @param identifier    stable, e.g. {@code tin-tuc}
 * @param titleKey       message key of the title (the module's bundle, Vietnamese and English)
 * @param descriptionKey message key of the description
 * @param keywordsKey    message key of comma-separated keywords
 * @param modified      when the data last changed (read at the time the catalogue is served)
 * @param distributions the files one can download
 */
public record OpenDataset(String identifier, String titleKey, String descriptionKey, String keywordsKey,
                          Supplier<Instant> modified, List<Distribution> distributions) {

    public OpenDataset {
        distributions = List.copyOf(distributions);
    }

    /**
     * One downloadable form of a dataset.
     *
     * @param path      relative to the portal ({@code /du-lieu-mo/tin-tuc.csv})
     * @param mediaType IANA media type, e.g. {@code text/csv}
     * @param format    short name shown to people: {@code CSV}, {@code JSON}
     */
    public record Distribution(String path, String mediaType, String format) {
    }
}
