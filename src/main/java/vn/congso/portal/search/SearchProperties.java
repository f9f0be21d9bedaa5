package vn.congso.portal.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal search ({@code congso.search.*}).
 *
 * @param rebuild        {@code true}: empty the index and refill it from every content source at start
 *                       ({@code --congso.search.rebuild=true}, or {@code CONGSO_SEARCH_REBUILD=true});
 *                       an index that is empty at start is always refilled
 * @param commitInterval how often index changes are made durable; searches see them at once anyway
 * @param inMemory       keep the index in memory instead of {@code <data dir>/search-index}: for tests,
 *                       where several application contexts share one data directory and a disk index
 *                       can have only one writer
 */
@ConfigurationProperties("congso.search")
public record SearchProperties(@DefaultValue("false") boolean rebuild,
                               @DefaultValue("5s") Duration commitInterval,
                               @DefaultValue("false") boolean inMemory) {
}
