package vn.congso.portal.engagement.qa;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.congso.portal.SearchDocument;
import vn.congso.portal.SearchSource;

/**
 * Published questions and answers are findable in the portal search (NĐ42 Đ7 k1 a), kind
 * {@code question}; the asker's name and address are never part of the document.
 */
@Component
class QuestionSearchSource implements SearchSource {

    static final String KIND = "question";
    private static final int TITLE_LENGTH = 120;

    private final QuestionRepository repository;

    QuestionSearchSource(QuestionRepository repository) {
        this.repository = repository;
    }

    @Override
    public Stream<SearchDocument> all() {
        long count = repository.publishedCount();
        return repository.published(0, (int) Math.min(count, Integer.MAX_VALUE)).stream().map(QuestionSearchSource::document);
    }

    static SearchDocument document(Question q) {
        String question = q.publishedQuestion();
        return new SearchDocument(KIND + ":" + q.id(), KIND, title(question), question + "\n\n" + q.answer(),
                "/hoi-dap/" + q.id(), Map.of("category", List.of(q.topic().name()),
                        "year", List.of(String.valueOf(q.publishedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear()))),
                q.updatedAt());
    }

    /** The first words of the question, cut at a word boundary. */
    static String title(String question) {
        return excerpt(question, TITLE_LENGTH);
    }

    static String excerpt(String text) {
        return excerpt(text, 300);
    }

    private static String excerpt(String text, int length) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= length) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', length);
        return flat.substring(0, cut > length / 2 ? cut : length) + "…";
    }
}
