package vn.congso.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.congso.portal.SearchDocument;
import vn.congso.shared.VietnameseText;

/**
 * A large, reproducible corpus of article-level entries made by recombining the sentences of the
 * seed texts, and queries taken from the same sentences. The same seed number gives the same
 * entries, so the index and the database table receive identical rows without holding them in memory.
 */
final class BenchmarkCorpus {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:!?])\\s+|\\R+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final List<String> KINDS = List.of("legal-article", "legal-article", "legal-article", "news", "page", "procedure");
    private static final List<String> TYPES = List.of("Nghị định", "Thông tư", "Quyết định", "Công văn", "Kế hoạch");
    private static final List<String> ISSUERS = List.of("Chính phủ", "UBND tỉnh", "UBND huyện", "UBND xã", "Bộ Thông tin và Truyền thông");
    private static final List<String> STATUSES = List.of("Còn hiệu lực", "Hết hiệu lực", "Chưa có hiệu lực");
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private final List<String> sentences;
    private final long seed;

    private BenchmarkCorpus(List<String> sentences, long seed) {
        this.sentences = sentences;
        this.seed = seed;
    }

    static BenchmarkCorpus fromSeeds(Path directory, long seed) {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String sentence : SENTENCE_END.split(VietnameseText.nfc(Files.readString(file)))) {
                    String clean = sentence.strip().replaceAll("\\s+", " ");
                    if (clean.split(" ").length >= 4) {
                        sentences.add(clean);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed texts in " + directory, e);
        }
        if (sentences.isEmpty()) {
            throw new IllegalStateException("No sentences in " + directory);
        }
        return new BenchmarkCorpus(sentences, seed);
    }

    int sentenceCount() {
        return sentences.size();
    }

    Stream<SearchDocument> entries(int count) {
        return IntStream.range(0, count).mapToObj(this::entry);
    }

    SearchDocument entry(int number) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        int article = 1 + random.nextInt(80);
        String first = pick(random);
        String title = "Điều " + article + ". " + firstWords(first, 3 + random.nextInt(6));
        StringBuilder text = new StringBuilder(first);
        int more = 2 + random.nextInt(3);
        for (int i = 0; i < more; i++) {
            text.append(' ').append(pick(random));
        }
        Map<String, List<String>> facets = Map.of(
                "type", List.of(TYPES.get(random.nextInt(TYPES.size()))),
                "issuer", List.of(ISSUERS.get(random.nextInt(ISSUERS.size()))),
                "year", List.of(String.valueOf(2015 + random.nextInt(11))),
                "status", List.of(STATUSES.get(random.nextInt(STATUSES.size()))));
        return new SearchDocument("bench:" + number, KINDS.get(random.nextInt(KINDS.size())), title, text.toString(),
                "/van-ban/bench-" + number + "#dieu-" + article, facets, EPOCH.plusSeconds(number));
    }

    /** One to three consecutive words of a seed sentence; half of them typed without diacritics. */
    List<String> queries(int count, long querySeed) {
        SplittableRandom random = new SplittableRandom(querySeed);
        List<String> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            List<String> words = WORD.matcher(pick(random)).results().map(m -> m.group()).toList();
            if (words.size() < 3) {
                continue;
            }
            int length = 1 + random.nextInt(3);
            int start = random.nextInt(words.size() - length + 1);
            String query = String.join(" ", words.subList(start, start + length));
            queries.add(random.nextBoolean() ? query : VietnameseText.withoutDiacritics(query));
        }
        return queries;
    }

    private String pick(SplittableRandom random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    private static String firstWords(String sentence, int words) {
        String[] parts = sentence.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(parts, Math.min(words, parts.length)));
    }
}
