package vn.congso.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Extracts of a hit's text with the matched words in {@code <mark>}. The text is re-analysed with the
 * folded analyzer, so "giao dich" marks "giao dịch"; everything else is HTML-escaped, so the snippet
 * can be written into the page as markup.
 */
final class Snippets {

    private static final int FRAGMENT_CHARS = 160;
    private static final int FRAGMENTS = 2;
    private static final int MAX_ANALYSED_CHARS = 100_000;
    private static final String SEPARATOR = " … ";

    private final SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();

    String snippet(Query highlight, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        QueryScorer scorer = new QueryScorer(highlight, SearchFields.TEXT_FOLDED);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder, scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        highlighter.setMaxDocCharsToAnalyze(MAX_ANALYSED_CHARS);
        try {
            String best = highlighter.getBestFragments(
                    VietnameseAnalysis.FOLDED.tokenStream(SearchFields.TEXT_FOLDED, text), text, FRAGMENTS, SEPARATOR);
            return best.isEmpty() ? opening(text) : best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return opening(text);
        }
    }

    /** When only the title matched: the start of the text, cut at a word boundary. */
    private String opening(String text) {
        if (text.length() <= FRAGMENT_CHARS) {
            return encoder.encodeText(text);
        }
        int cut = text.lastIndexOf(' ', FRAGMENT_CHARS);
        return encoder.encodeText(text.substring(0, cut > 0 ? cut : FRAGMENT_CHARS)) + " …";
    }
}
