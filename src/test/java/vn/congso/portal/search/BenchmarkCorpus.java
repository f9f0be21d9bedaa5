package vn.congso.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchQuery;
import vn.congso.shared.VietnameseText;

/**
 * A large, reproducible corpus of article-level entries made only from the seed texts, and the
 * queries visitors would type into it.
 *
 * <p>The seeds are cut into their articles ("Điều N. …"; the text before the first article is one
 * more section), each article into clauses (at {@code , ; .}). An entry belongs to a generated
 * document (16 entries each: its type, number, year, issuer, status and category) and has a topic,
 * one seed article: its 3–6 sentences join 1–3 clauses each, three clauses in four from the topic and
 * the rest from anywhere. Titles are the topic's heading or a clause opening, with the document's
 * reference for legal articles. So entries are all different, words co-occur as in real articles, and
 * a query picked from one article's wording is selective as on a real portal, while the common words
 * of the two decrees still match most of the corpus.
 *
 * <p>The same seed number gives the same entries, so the index and the database table receive
 * identical rows without holding them in memory.
 */
final class BenchmarkCorpus {

    private static final Pattern ARTICLE = Pattern.compile("^Điều \\d+\\. (.+)$");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*[,;.:]\\s+|\\s*[.;:]$|\\R+");
    private static final Pattern LIST_MARK = Pattern.compile("^(\\d+\\.|[a-zđ]\\)|-)\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int ENTRIES_PER_DOCUMENT = 16;
    private static final Instant EPOCH = Instant.parse("2015-01-01T00:00:00Z");

    private static final List<String> KINDS = List.of("legal-article", "legal-article", "legal-article", "legal-article",
            "news", "news", "page", "procedure");
    /** Type, the suffix of its reference number, and the issuers that sign it. */
    private static final List<DocumentType> TYPES = List.of(
            new DocumentType("Nghị định", "NĐ-CP", List.of("Chính phủ")),
            new DocumentType("Thông tư", "TT-BTTTT", List.of("Bộ Thông tin và Truyền thông")),
            new DocumentType("Quyết định", "QĐ-UBND", List.of("UBND tỉnh", "UBND huyện", "UBND xã")),
            new DocumentType("Quyết định", "QĐ-TTg", List.of("Thủ tướng Chính phủ")),
            new DocumentType("Kế hoạch", "KH-UBND", List.of("UBND tỉnh", "UBND huyện", "UBND xã")),
            new DocumentType("Công văn", "UBND-VP", List.of("UBND tỉnh", "UBND huyện", "UBND xã")));
    private static final List<String> STATUSES = List.of("Còn hiệu lực", "Còn hiệu lực", "Hết hiệu lực", "Chưa có hiệu lực");
    private static final List<String> CATEGORIES = List.of("Chuyển đổi số", "Cải cách hành chính", "Dịch vụ công",
            "An toàn thông tin", "Tin hoạt động", "Văn bản chỉ đạo");
    /**
     * Grammatical words: a visitor does not start or end a search with "của" or "được", so picked
     * queries neither start nor end with one (they may contain one: "cổng thông tin của xã").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("của", "và", "các", "những", "được", "là", "có", "cho",
            "theo", "trong", "trên", "tại", "với", "về", "từ", "để", "này", "đó", "khi", "thì", "đã", "sẽ", "bị", "do",
            "hoặc", "một", "mà", "nếu", "như", "ra", "vào", "đến", "không", "hay", "cùng", "bằng", "qua", "sau",
            "trước", "nhằm", "đối", "việc", "gồm", "phải", "đây", "sự");

    private final List<Section> sections;
    private final long seed;
    /** How often each syllable and each pair of adjacent syllables occurs in the seeds. */
    private final Map<String, Integer> counts = new java.util.HashMap<>();

    private BenchmarkCorpus(List<Section> sections, long seed) {
        this.sections = sections;
        this.seed = seed;
        for (Section section : sections) {
            for (String sentence : section.sentences()) {
                List<String> words = words(sentence);
                for (int i = 0; i < words.size(); i++) {
                    counts.merge(words.get(i), 1, Integer::sum);
                    if (i + 1 < words.size()) {
                        counts.merge(words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
                    }
                }
            }
        }
    }

    private static List<String> words(String sentence) {
        return WORD.matcher(sentence).results().map(m -> m.group().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Vietnamese writes a word as one to three syllables ("dịch vụ", "cơ quan"), and a visitor types
     * whole words: a query must not cut between two syllables that the seeds nearly always write
     * together (the pair is frequent and makes up a quarter or more of the rarer syllable's uses).
     */
    private boolean inOneWord(String left, String right) {
        int pair = counts.getOrDefault(left + " " + right, 0);
        return pair >= 5 && pair * 4 >= Math.min(counts.getOrDefault(left, 0), counts.getOrDefault(right, 0));
    }

    static BenchmarkCorpus fromSeeds(Path directory, long seed) {
        List<Section> sections = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String heading = "Quy định chung";
                List<String> lines = new ArrayList<>();
                for (String line : VietnameseText.nfc(Files.readString(file)).split("\\R")) {
                    Matcher article = ARTICLE.matcher(line.strip());
                    if (article.matches()) {
                        addSection(sections, heading, lines);
                        heading = article.group(1).strip();
                        lines = new ArrayList<>();
                    } else if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
                addSection(sections, heading, lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed texts in " + directory, e);
        }
        if (sections.isEmpty()) {
            throw new IllegalStateException("No text in " + directory);
        }
        return new BenchmarkCorpus(List.copyOf(sections), seed);
    }

    private static void addSection(List<Section> sections, String heading, List<String> lines) {
        List<String> clauses = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String line : lines) {
            String text = LIST_MARK.matcher(line).replaceFirst("").replaceAll("\\s+", " ");
            if (WORD.matcher(text).results().count() >= 4) {
                sentences.add(text);
            }
            for (String clause : CLAUSE_END.split(text)) {
                String clean = clause.strip();
                if (WORD.matcher(clean).results().count() >= 3) {
                    clauses.add(clean);
                }
            }
        }
        if (!clauses.isEmpty()) {
            sections.add(new Section(heading, List.copyOf(clauses), List.copyOf(sentences)));
        }
    }

    int sectionCount() {
        return sections.size();
    }

    int clauseCount() {
        return sections.stream().mapToInt(s -> s.clauses().size()).sum();
    }

    Stream<SearchDocument> entries(int count) {
        return IntStream.range(0, count).mapToObj(this::entry);
    }

    SearchDocument entry(int number) {
        Document document = document(number / ENTRIES_PER_DOCUMENT);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        Section topic = sections.get(random.nextInt(sections.size()));
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        int article = 1 + number % ENTRIES_PER_DOCUMENT;
        String title = switch (kind) {
            case "legal-article" -> "Điều " + article + ". " + (random.nextInt(3) == 0 ? opening(topic, random) : topic.heading())
                    + " – " + document.reference();
            case "procedure" -> "Thủ tục " + lowerFirst(opening(topic, random));
            default -> opening(topic, random);
        };
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            int clauses = 1 + random.nextInt(3);
            for (int c = 0; c < clauses; c++) {
                Section from = random.nextInt(4) == 0 ? sections.get(random.nextInt(sections.size())) : topic;
                String clause = from.clauses().get(random.nextInt(from.clauses().size()));
                text.append(c == 0 ? upperFirst(clause) : lowerFirst(clause)).append(c + 1 < clauses ? ", " : ". ");
            }
        }
        Map<String, List<String>> facets = Map.of(
                "type", List.of(document.type().name()),
                "issuer", List.of(document.issuer()),
                "year", List.of(String.valueOf(document.year())),
                "status", List.of(document.status()),
                "category", List.of(document.category()));
        return new SearchDocument("bench:" + number, kind, title, text.toString().strip(),
                "/van-ban/bench-" + number / ENTRIES_PER_DOCUMENT + "#dieu-" + article, facets,
                EPOCH.plusSeconds(number * 300L));
    }

    /**
     * Queries as visitors type them: 1–4 consecutive syllables of a seed sentence (20 % one, 35 %
     * two, 30 % three, 15 % four), whole words only (see {@link #inOneWord}), not starting or ending
     * with a grammatical word; one in ten multi-word
     * queries in double quotes (a phrase); one in ten a document reference instead ("nghị định 137");
     * half of all typed without diacritics; one in seven with a filter on one facet.
     */
    List<BenchmarkQuery> queries(int count, long querySeed) {
        SplittableRandom random = new SplittableRandom(querySeed);
        List<BenchmarkQuery> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            String text;
            if (random.nextInt(10) == 0) {
                DocumentType type = TYPES.get(random.nextInt(TYPES.size()));
                text = type.name().toLowerCase(Locale.ROOT) + " " + (1 + random.nextInt(500));
            } else {
                Section section = sections.get(random.nextInt(sections.size()));
                if (section.sentences().isEmpty()) {
                    continue;
                }
                List<String> words = words(section.sentences().get(random.nextInt(section.sentences().size())));
                int roll = random.nextInt(100);
                int length = roll < 20 ? 1 : roll < 55 ? 2 : roll < 85 ? 3 : 4;
                if (words.size() < length) {
                    continue;
                }
                int start = random.nextInt(words.size() - length + 1);
                List<String> picked = words.subList(start, start + length);
                if (FUNCTION_WORDS.contains(picked.get(0)) || FUNCTION_WORDS.contains(picked.get(length - 1))
                        || (start > 0 && inOneWord(words.get(start - 1), picked.get(0)))
                        || (start + length < words.size() && inOneWord(picked.get(length - 1), words.get(start + length)))) {
                    continue;
                }
                text = String.join(" ", picked);
                if (length > 1 && random.nextInt(10) == 0) {
                    text = '"' + text + '"';
                }
            }
            if (random.nextBoolean()) {
                text = VietnameseText.withoutDiacritics(text);
            }
            Map<String, String> filters = Map.of();
            if (random.nextInt(7) == 0) {
                Document document = document(random.nextInt(1_000_000));
                filters = switch (random.nextInt(5)) {
                    case 0 -> Map.of("type", document.type().name());
                    case 1 -> Map.of("issuer", document.issuer());
                    case 2 -> Map.of("year", String.valueOf(document.year()));
                    case 3 -> Map.of("status", document.status());
                    default -> Map.of("category", document.category());
                };
            }
            queries.add(new BenchmarkQuery(text, filters));
        }
        return queries;
    }

    private Document document(int number) {
        SplittableRandom random = new SplittableRandom(seed * 7_919L + number * 31L + 1);
        DocumentType type = TYPES.get(random.nextInt(TYPES.size()));
        return new Document(type, type.issuers().get(random.nextInt(type.issuers().size())), 1 + random.nextInt(500),
                2015 + random.nextInt(11), STATUSES.get(random.nextInt(STATUSES.size())),
                CATEGORIES.get(random.nextInt(CATEGORIES.size())));
    }

    /** The first 4–10 words of one of the topic's clauses. */
    private static String opening(Section topic, SplittableRandom random) {
        String[] words = topic.clauses().get(random.nextInt(topic.clauses().size())).split(" ");
        return upperFirst(String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 4 + random.nextInt(7)))));
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        // keep "Ủy ban", "Nghị định", "UBND": a capital that starts a proper noun stays
        if (text.length() < 2 || Character.isUpperCase(text.charAt(1)) || text.startsWith("Ủy") || text.startsWith("Nghị")
                || text.startsWith("Chính") || text.startsWith("Bộ") || text.startsWith("Luật")) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** What a visitor types, and the facet filter chosen, if any. */
    record BenchmarkQuery(String text, Map<String, String> filters) {

        SearchQuery toSearchQuery() {
            return new SearchQuery(text, filters, 1, SearchQuery.MIN_PAGE_SIZE);
        }

        /** The words and phrases the hits must contain, folded as the search folds them, quotes removed. */
        List<String> requiredFolded() {
            List<String> required = new ArrayList<>();
            String folded = VietnameseText.withoutDiacritics(text);
            Matcher phrase = Pattern.compile("\"([^\"]*)\"").matcher(folded);
            StringBuilder loose = new StringBuilder();
            int last = 0;
            while (phrase.find()) {
                required.add(phrase.group(1).strip());
                loose.append(folded, last, phrase.start()).append(' ');
                last = phrase.end();
            }
            loose.append(folded.substring(last));
            WORD.matcher(loose).results().map(java.util.regex.MatchResult::group).forEach(required::add);
            return required;
        }
    }

    private record Section(String heading, List<String> clauses, List<String> sentences) {
    }

    private record DocumentType(String name, String suffix, List<String> issuers) {
    }

    private record Document(DocumentType type, String issuer, int number, int year, String status, String category) {

        String reference() {
            return type.name() + " " + number + "/" + year + "/" + type.suffix();
        }
    }
}
