package vn.congso.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.congso.shared.VietnameseText;

/**
 * How Vietnamese text becomes index terms. Callers NFC-normalise every text first: ASCII folding
 * does not fold decomposed marks, and highlighting offsets must match the stored text. Each text is
 * indexed three ways: exact (lowercase, diacritics kept, so a query typed with diacritics ranks its
 * own spelling first), folded (no diacritics, đ → d, so "nghi dinh" finds "Nghị định") and folded
 * word pairs (Vietnamese words are mostly two syllables; a pair match is what separates "nghị định"
 * from "quyết định … nghỉ").
 */
final class VietnameseAnalysis {

    static final Analyzer EXACT = analyzer(false, false);
    static final Analyzer FOLDED = analyzer(true, false);
    static final Analyzer PAIRS = analyzer(true, true);

    private VietnameseAnalysis() {
    }

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(FOLDED, Map.of(
                SearchFields.TITLE_EXACT, EXACT, SearchFields.TEXT_EXACT, EXACT,
                SearchFields.TITLE_PAIRS, PAIRS, SearchFields.TEXT_PAIRS, PAIRS, SearchFields.ALL_PAIRS, PAIRS));
    }

    /** The terms an analyzer makes of a piece of text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", VietnameseText.nfc(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static String pair(String first, String second) {
        return first + ShingleFilter.DEFAULT_TOKEN_SEPARATOR + second;
    }

    private static Analyzer analyzer(boolean folded, boolean pairs) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                if (folded) {
                    stream = new ASCIIFoldingFilter(stream);
                }
                if (pairs) {
                    ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
                    shingles.setOutputUnigrams(false);
                    stream = shingles;
                }
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                // title and text are two values of the combined field: a phrase must not run from one into the other
                return 100;
            }
        };
    }
}
