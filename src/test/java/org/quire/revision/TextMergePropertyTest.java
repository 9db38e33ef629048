package org.quire.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.quire.revision.internal.TokenSequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Many generated edit pairs on workgroup-like prose (seeded, so a failure can be replayed from the
 * printed seed): edits with a few untouched words between them always merge with both applied;
 * edits to the same words always conflict, keeping both texts whole.
 */
class TextMergePropertyTest {

    static final long SEED = Long.getLong("quire.test.seed", 20_260_611L);
    static final int PAIRS = 2_000;
    /** Tokens left untouched between two edits that must merge: two words and their spaces and more. */
    static final int GAP = 5;

    @Test
    void editsApartAreNeverLostAndEditsOfTheSameWordsAlwaysConflict() {
        assertThat(run(SEED)).isGreaterThan(PAIRS * 8 / 10);
    }

    /** @return how many pairs were checked (a pair of edits that came out too close is skipped) */
    static int run(long masterSeed) {
        int checked = 0;
        for (int pair = 0; pair < PAIRS; pair++) {
            long seed = masterSeed * 1_000_003L + pair;
            var random = new Random(seed);
            var base = SampleProse.text(random, 300 + random.nextInt(3_000));
            var words = wordPositions(TokenSequence.words(base));
            try {
                if (pair % 2 == 1 || checkApart(random, base, words)) {
                    if (pair % 2 == 1) {
                        checkOverlapping(random, base, words);
                    }
                    checked++;
                }
            } catch (AssertionError e) {
                fail("Pair " + pair + " failed; replay with quire.test.seed=" + masterSeed, e);
            }
        }
        return checked;
    }

    private static boolean checkApart(Random random, String base, List<Integer> words) {
        var tokens = TokenSequence.words(base);
        var first = randomEdit(random, tokens, words, "mine", 0, words.size() / 2 - 2);
        TokenEdit second;
        if (random.nextBoolean()) {
            second = randomEdit(random, tokens, words, "theirs", words.size() / 2 + 1, words.size() - 1);
        } else {
            // close by: the next edit starts two or three words after the first one ends
            int next = 0;
            while (words.get(next) < first.to() + GAP) {
                next++;
            }
            next += random.nextInt(2);
            second = randomEdit(random, tokens, words, "theirs", next, next + 4);
        }
        if (second.from() - first.to() < GAP) {
            return false;
        }
        boolean mineFirst = random.nextBoolean();
        var mine = apply(tokens, mineFirst ? first : second);
        var theirs = apply(tokens, mineFirst ? second : first);
        var expected = apply(tokens, first, second);

        assertThat(TextMerge.merge(base, theirs, mine)).isEqualTo(new TextMerge.Clean(expected));
        return true;
    }

    private static void checkOverlapping(Random random, String base, List<Integer> words) {
        var tokens = TokenSequence.words(base);
        int at = 2 + random.nextInt(words.size() - 10);
        int word = words.get(at);
        TokenEdit mine;
        TokenEdit theirs;
        switch (random.nextInt(5)) {
            case 0 -> {
                mine = new TokenEdit(word, word + 1, "mineword");
                theirs = new TokenEdit(word, word + 1, "theirsword");
            }
            case 1 -> {
                mine = new TokenEdit(word, words.get(at + 4) + 1, "mine phrase here");
                theirs = new TokenEdit(words.get(at + 2), words.get(at + 2) + 1, "theirsword");
            }
            case 2 -> {
                mine = new TokenEdit(word, words.get(at + 3), "");
                theirs = new TokenEdit(words.get(at + 2), words.get(at + 5) + 1, "theirs rewrite");
            }
            case 3 -> {
                mine = new TokenEdit(word, word, "mineinsert ");
                theirs = new TokenEdit(word, word, "theirsinsert ");
            }
            default -> {
                mine = new TokenEdit(word, words.get(at + 4), "");
                theirs = new TokenEdit(words.get(at + 2), words.get(at + 2), "theirsinsert ");
            }
        }
        boolean swap = random.nextBoolean();
        var mineText = apply(tokens, swap ? theirs : mine);
        var theirsText = apply(tokens, swap ? mine : theirs);

        assertThat(TextMerge.merge(base, theirsText, mineText)).isInstanceOfSatisfying(TextMerge.Conflict.class,
                conflict -> {
                    assertThat(conflict.mine()).isEqualTo(mineText);
                    assertThat(conflict.theirs()).isEqualTo(theirsText);
                    assertThat(conflict.base()).isEqualTo(base);
                    assertThat(conflict.regions()).isNotEmpty().allSatisfy(region -> {
                        assertThat(region.mineEnd()).isLessThanOrEqualTo(mineText.length());
                        assertThat(region.theirsEnd()).isLessThanOrEqualTo(theirsText.length());
                    });
                });
    }

    /** Replace, delete or insert at a word between word positions {@code low} and {@code high}. */
    private static TokenEdit randomEdit(Random random, TokenSequence tokens, List<Integer> words, String side,
            int low, int high) {
        int at = low + random.nextInt(Math.max(1, high - low - 3));
        int word = words.get(at);
        return switch (random.nextInt(4)) {
            case 0 -> new TokenEdit(word, word + 1, side + "word");
            case 1 -> new TokenEdit(word, words.get(at + 2), "");
            case 2 -> new TokenEdit(word, word, side + "insert " + SampleProse.word(random) + " ");
            default -> new TokenEdit(word, words.get(at + 3) + 1, side + " rewrote " + tokens.token(word));
        };
    }

    private static List<Integer> wordPositions(TokenSequence tokens) {
        var words = new ArrayList<Integer>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isWord(i)) {
                words.add(i);
            }
        }
        return words;
    }

    /** Applies non-overlapping edits, given in text order. */
    private static String apply(TokenSequence tokens, TokenEdit... edits) {
        var text = new StringBuilder();
        int from = 0;
        for (var edit : edits) {
            text.append(tokens.slice(from, edit.from())).append(edit.replacement());
            from = edit.to();
        }
        return text.append(tokens.slice(from, tokens.size())).toString();
    }

    private record TokenEdit(int from, int to, String replacement) {
    }
}
