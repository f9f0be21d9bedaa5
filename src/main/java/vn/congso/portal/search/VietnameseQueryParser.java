package vn.congso.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.congso.shared.VietnameseText;

/**
 * Turns what a visitor types into a Lucene query. Every word (and every "quoted phrase") must occur,
 * diacritics ignored, in the title or the text; on top of that, scoring rewards the words spelt with
 * the visitor's own diacritics, adjacent word pairs, and the title. The visitor's syntax is only
 * words and double quotes, so nothing they type can be a Lucene operator.
 */
final class VietnameseQueryParser {

    static final float TITLE_BOOST = 3f;
    static final float EXACT_BOOST = 2f;
    static final float PAIR_BOOST = 4f;
    private static final float TIE_BREAKER = 0.3f;
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"?");

    /**
     * @param inTitle    the hits with every folded word (and phrase) in the title, ranked cheaply (plain
     *                   BM25): the first candidates, as a title is short and a title match ranks high
     * @param adjacent   the hits that hold the typed words as typed, each next to the following one,
     *                   ranked cheaply: every folded pair of adjacent words in the combined pairs field
     *                   (and every phrase), plain BM25. Tried after {@code inTitle}, before {@code candidates}: a pair's
     *                   postings are far shorter than those of its common words, and adjacent words
     *                   are what the fine ranking rewards most after the title. Null when fewer than two words are typed
     *                   outside quotes
     * @param candidates the hits, ranked cheaply: every folded word and phrase in the one combined
     *                   field, plain BM25, so block-max skipping finds the best few hundred without
     *                   scoring all hits of a common word
     * @param query      ranks those candidates finely: title above text, the visitor's own spelling,
     *                   adjacent word pairs
     * @param match      the same hits unranked: counting and facets over it skip all scoring
     * @param highlight  the folded-text terms the highlighter marks
     * All are null when nothing searchable was typed.
     */
    record Parsed(Query inTitle, Query adjacent, Query candidates, Query query, Query match, Query highlight) {
    }

    Parsed parse(String typed) {
        String text = VietnameseText.nfc(typed == null ? "" : typed);
        List<String> phrases = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        Matcher matcher = PHRASE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            loose.append(text, last, matcher.start()).append(' ');
            phrases.add(matcher.group(1));
            last = matcher.end();
        }
        loose.append(text.substring(last));

        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder candidates = new BooleanQuery.Builder();
        BooleanQuery.Builder adjacent = new BooleanQuery.Builder();
        BooleanQuery.Builder titled = new BooleanQuery.Builder();
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        boolean any = false;
        for (String phrase : phrases) {
            List<String> folded = VietnameseAnalysis.terms(VietnameseAnalysis.FOLDED, phrase);
            if (folded.size() == 1) {
                loose.append(' ').append(phrase);
            } else if (folded.size() > 1) {
                any = true;
                // a phrase of folded words is the chain of its adjacent folded pairs, one position apart
                // in the pairs fields: one term lookup for two words, no position checks over the
                // many documents that hold common words apart
                Query inTitle = pairChain(SearchFields.TITLE_PAIRS, folded);
                Query inText = pairChain(SearchFields.TEXT_PAIRS, folded);
                query.add(titleOrText(inTitle, inText), Occur.MUST);
                Query anywhere = new BooleanQuery.Builder().add(inTitle, Occur.SHOULD).add(inText, Occur.SHOULD).build();
                candidates.add(anywhere, Occur.MUST);
                adjacent.add(anywhere, Occur.MUST);
                titled.add(inTitle, Occur.MUST);
                match.add(anywhere, Occur.FILTER);
                List<String> exact = VietnameseAnalysis.terms(VietnameseAnalysis.EXACT, phrase);
                query.add(boost(titleOrText(phrase(SearchFields.TITLE_EXACT, exact), phrase(SearchFields.TEXT_EXACT, exact)), EXACT_BOOST), Occur.SHOULD);
                highlight.add(phrase(SearchFields.TEXT_FOLDED, folded), Occur.SHOULD);
            }
        }
        List<String> folded = VietnameseAnalysis.terms(VietnameseAnalysis.FOLDED, loose.toString());
        List<String> exact = VietnameseAnalysis.terms(VietnameseAnalysis.EXACT, loose.toString());
        for (String term : folded) {
            any = true;
            Query required = titleOrText(term(SearchFields.TITLE_FOLDED, term), term(SearchFields.TEXT_FOLDED, term));
            query.add(required, Occur.MUST);
            Query anywhere = term(SearchFields.ALL_FOLDED, term);
            titled.add(term(SearchFields.TITLE_FOLDED, term), Occur.MUST);
            candidates.add(anywhere, Occur.MUST);
            match.add(anywhere, Occur.FILTER);
            highlight.add(term(SearchFields.TEXT_FOLDED, term), Occur.SHOULD);
        }
        for (String term : exact) {
            query.add(boost(titleOrText(term(SearchFields.TITLE_EXACT, term), term(SearchFields.TEXT_EXACT, term)), EXACT_BOOST), Occur.SHOULD);
        }
        for (int i = 0; i + 1 < folded.size(); i++) {
            String pair = VietnameseAnalysis.pair(folded.get(i), folded.get(i + 1));
            query.add(boost(titleOrText(term(SearchFields.TITLE_PAIRS, pair), term(SearchFields.TEXT_PAIRS, pair)), PAIR_BOOST), Occur.SHOULD);
            // each word is in a pair, and a pair's document holds both its words: a subset of the hits
            adjacent.add(term(SearchFields.ALL_PAIRS, pair), Occur.MUST);
        }
        if (!any) {
            return new Parsed(null, null, null, null, null, null);
        }
        return new Parsed(titled.build(), folded.size() > 1 ? adjacent.build() : null, candidates.build(), query.build(),
                new ConstantScoreQuery(match.build()), highlight.build());
    }

    private static Query titleOrText(Query title, Query text) {
        return new DisjunctionMaxQuery(List.of(boost(title, TITLE_BOOST), text), TIE_BREAKER);
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }

    private static Query term(String field, String term) {
        return new TermQuery(new Term(field, term));
    }

    private static Query pairChain(String field, List<String> folded) {
        List<String> pairs = new ArrayList<>(folded.size() - 1);
        for (int i = 0; i + 1 < folded.size(); i++) {
            pairs.add(VietnameseAnalysis.pair(folded.get(i), folded.get(i + 1)));
        }
        return pairs.size() == 1 ? term(field, pairs.get(0)) : phrase(field, pairs);
    }

    private static Query phrase(String field, List<String> terms) {
        return new PhraseQuery(field, terms.toArray(String[]::new));
    }
}
