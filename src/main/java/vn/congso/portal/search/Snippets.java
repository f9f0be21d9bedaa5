package vn.congso.portal.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Extracts of the hits' texts with the matched words in {@code <mark>}. The folded text field keeps
 * each word's character offsets in its postings, so a snippet needs no re-analysis of the text, and
 * "giao dich" marks "giao dịch" in the stored, original spelling; everything else is HTML-escaped,
 * so the snippet can be written into the page as markup. The caller reads each hit's stored fields
 * once, text included, and hands the texts over: the highlighter would otherwise read (decompress)
 * the same stored block a second time per hit.
 */
final class Snippets {

    private static final int FRAGMENT_CHARS = 160;
    private static final int FRAGMENTS = 2;
    private static final int MAX_HIGHLIGHTED_CHARS = 100_000;
    private static final String SEPARATOR = " … ";
    private static final String[] FIELDS = {SearchFields.TEXT_FOLDED};
    private static final int[] PASSAGES = {FRAGMENTS};

    private final UnifiedHighlighter.Builder settings;

    Snippets(IndexSearcher searcher) {
        this.settings = UnifiedHighlighter.builder(searcher, VietnameseAnalysis.FOLDED)
                // a quoted phrase marks its words only where they stand together, each word on its own
                // (not the whole phrase in one mark, as the Weight.matches mode would)
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(false)
                .withHandleMultiTermQuery(false)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), FRAGMENT_CHARS, 0.5f))
                .withFormatter(new MarkFormatter())
                // when only the title matched: the opening of the text
                .withMaxNoHighlightPassages(1)
                .withMaxLength(MAX_HIGHLIGHTED_CHARS);
    }

    /** The snippets of these hits, in their order, from their texts already read from the index. */
    String[] snippets(Query highlight, int[] docs, String[] texts) throws IOException {
        if (docs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter withTexts = new UnifiedHighlighter(settings) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>(docs.length);
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    String text = texts[indexOf(docs, doc)];
                    values.add(new CharSequence[] {text.length() > MAX_HIGHLIGHTED_CHARS ? text.substring(0, MAX_HIGHLIGHTED_CHARS) : text});
                }
                return values;
            }
        };
        String[] snippets = withTexts.highlightFields(FIELDS, highlight, docs, PASSAGES).get(SearchFields.TEXT_FOLDED);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
        }
        return snippets;
    }

    private static int indexOf(int[] docs, int doc) {
        for (int i = 0; i < docs.length; i++) {
            if (docs[i] == doc) {
                return i;
            }
        }
        throw new IllegalArgumentException("Not a hit: " + doc);
    }

    /**
     * {@code <mark>} around each match, " … " between passages and after an opening cut short, and
     * the escaping of {@link SimpleHTMLEncoder} (everything that could be markup).
     */
    private static final class MarkFormatter extends DefaultPassageFormatter {

        MarkFormatter() {
            super("<mark>", "</mark>", SEPARATOR, true);
        }

        @Override
        public String format(Passage[] passages, String content) {
            // the passages come in text order; where two touch, the text flows on and stays as it is
            int[] starts = new int[passages.length];
            int[] ends = new int[passages.length];
            for (int i = 0; i < passages.length; i++) {
                starts[i] = passages[i].getStartOffset();
                ends[i] = passages[i].getEndOffset();
            }
            for (int i = 0; i < passages.length; i++) {
                trim(passages[i], content, i == 0 || starts[i] != ends[i - 1], i == passages.length - 1 || ends[i] != starts[i + 1]);
            }
            String formatted = super.format(passages, content);
            boolean openingCutShort = passages.length == 1 && passages[0].getNumMatches() == 0
                    && passages[0].getEndOffset() < content.length();
            return openingCutShort ? formatted.strip() + " …" : formatted;
        }

        /** Word boundaries leave the spaces around a passage in it; next to the separator they would double it. */
        private static void trim(Passage passage, String content, boolean front, boolean back) {
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            int firstMatch = end;
            int lastMatch = start;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                firstMatch = Math.min(firstMatch, passage.getMatchStarts()[i]);
                lastMatch = Math.max(lastMatch, passage.getMatchEnds()[i]);
            }
            while (front && start < firstMatch && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            while (back && end > Math.max(start, lastMatch) && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            passage.setStartOffset(start);
            passage.setEndOffset(end);
        }

        @Override
        protected void append(StringBuilder dest, String content, int start, int end) {
            dest.append(SimpleHTMLEncoder.htmlEncode(content.substring(start, end)));
        }
    }
}
