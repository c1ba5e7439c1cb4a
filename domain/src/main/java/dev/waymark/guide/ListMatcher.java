package dev.waymark.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Pairs the items of two versions of a list (steps, cautions, sources...) so that a comparison can say
 * "moved", "changed", "added" or "removed" the way a person would.
 *
 * <p>Items with an identity (a way's kind, a source's key) pair only by that identity. Other items pair in
 * four rounds: equal items in their common order (the longest common subsequence), other equal items (which
 * moved), items whose texts are similar enough, and finally items left over between the same two pairs
 * (an item rewritten in place).
 */
final class ListMatcher {

    /** How similar two items' texts must be to count as one item changed where it stood, from 0 to 1. */
    static final double SIMILAR = 0.5;
    /** How similar they must be to count as one item changed and moved. */
    static final double SIMILAR_ELSEWHERE = 0.8;

    private ListMatcher() {
    }

    /**
     * For each item of {@code before}, the index of its counterpart in {@code after}, or -1 when it has none.
     *
     * @param identity what makes two items the same item whatever else changed; null when items have none
     * @param text the item's words, to pair items that were edited; used only when {@code identity} is null
     */
    static <T> int[] match(List<T> before, List<T> after, @Nullable Function<T, ?> identity,
                           Function<T, String> text) {
        int[] pairs = new int[before.size()];
        Arrays.fill(pairs, -1);
        boolean[] taken = new boolean[after.size()];
        if (identity != null) {
            for (int i = 0; i < before.size(); i++) {
                Object key = identity.apply(before.get(i));
                for (int j = 0; j < after.size(); j++) {
                    if (!taken[j] && key.equals(identity.apply(after.get(j)))) {
                        pair(pairs, taken, i, j);
                        break;
                    }
                }
            }
            return pairs;
        }
        commonSubsequence(before, after, pairs, taken);
        for (int j = 0; j < after.size(); j++) {
            for (int i = 0; i < before.size() && !taken[j]; i++) {
                if (pairs[i] < 0 && before.get(i).equals(after.get(j))) {
                    pair(pairs, taken, i, j);
                }
            }
        }
        similar(before, after, text, pairs, taken);
        inPlace(before.size(), after.size(), pairs, taken);
        return pairs;
    }

    /**
     * Which paired items moved: for each index of {@code before}, true when its counterpart left the order the
     * other pairs keep (the pairs outside a longest increasing run of positions). Unpaired items never move.
     */
    static boolean[] moved(int[] pairs) {
        List<Integer> byAfter = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i] >= 0) {
                byAfter.add(i);
            }
        }
        byAfter.sort(Comparator.comparingInt(i -> pairs[i]));
        // Longest increasing subsequence of before-indices, in after order (patience sorting).
        int n = byAfter.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int value = byAfter.get(k);
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (byAfter.get(tails[middle]) < value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[k] = low > 0 ? tails[low - 1] : -1;
            tails[low] = k;
            length = Math.max(length, low + 1);
        }
        boolean[] moved = new boolean[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            moved[i] = pairs[i] >= 0;
        }
        for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
            moved[byAfter.get(k)] = false;
        }
        return moved;
    }

    /** How alike two texts are, from 0 (nothing shared) to 1 (equal): the Dice coefficient of character pairs. */
    static double similarity(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x.equals(y)) {
            return 1;
        }
        if (x.length() < 2 || y.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairsOfX = new HashMap<>();
        for (int i = 0; i + 2 <= x.length(); i++) {
            pairsOfX.merge(x.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 2 <= y.length(); i++) {
            Integer left = pairsOfX.get(y.substring(i, i + 2));
            if (left != null && left > 0) {
                shared++;
                pairsOfX.put(y.substring(i, i + 2), left - 1);
            }
        }
        return 2.0 * shared / (x.length() - 1 + y.length() - 1);
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void pair(int[] pairs, boolean[] taken, int i, int j) {
        pairs[i] = j;
        taken[j] = true;
    }

    private static <T> void commonSubsequence(List<T> before, List<T> after, int[] pairs, boolean[] taken) {
        int n = before.size();
        int m = after.size();
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = before.get(i).equals(after.get(j)) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(after.get(j))) {
                pair(pairs, taken, i++, j++);
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    private record Candidate(int before, int after, double similarity) {
    }

    private static <T> void similar(List<T> before, List<T> after, Function<T, String> text, int[] pairs,
                                    boolean[] taken) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (pairs[i] >= 0) {
                continue;
            }
            for (int j = 0; j < after.size(); j++) {
                if (!taken[j]) {
                    double similarity = similarity(text.apply(before.get(i)), text.apply(after.get(j)));
                    if (similarity >= SIMILAR) {
                        candidates.add(new Candidate(i, j, similarity));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(c -> Math.abs(c.before() - c.after())));
        for (Candidate candidate : candidates) {
            if (pairs[candidate.before()] < 0 && !taken[candidate.after()]
                    && (candidate.similarity() >= SIMILAR_ELSEWHERE
                    || !crosses(pairs, candidate.before(), candidate.after()))) {
                pair(pairs, taken, candidate.before(), candidate.after());
            }
        }
    }

    /** True when pairing i with j would cross a pair that keeps its place: the item would have moved. */
    private static boolean crosses(int[] pairs, int i, int j) {
        boolean[] moved = moved(pairs);
        for (int other = 0; other < pairs.length; other++) {
            if (pairs[other] >= 0 && !moved[other] && (other < i) != (pairs[other] < j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pairs items left over between the same two pairs that keep their place, in order: an item rewritten where
     * it stood. Items that moved elsewhere do not bound the gaps.
     */
    private static void inPlace(int beforeSize, int afterSize, int[] pairs, boolean[] taken) {
        for (int j = 0; j < afterSize; j++) {
            if (taken[j]) {
                continue;
            }
            boolean[] moved = moved(pairs);
            int low = -1;
            int high = beforeSize;
            for (int i = 0; i < beforeSize; i++) {
                if (pairs[i] < 0 || moved[i]) {
                    continue;
                }
                if (pairs[i] < j) {
                    low = Math.max(low, i);
                } else {
                    high = Math.min(high, i);
                }
            }
            for (int i = low + 1; i < high; i++) {
                if (pairs[i] < 0) {
                    pair(pairs, taken, i, j);
                    break;
                }
            }
        }
    }

    /** The counterpart of each item of {@code after} in {@code before}, or -1: the inverse of {@code pairs}. */
    static int[] inverse(int[] pairs, int afterSize) {
        int[] inverse = new int[afterSize];
        Arrays.fill(inverse, -1);
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i] >= 0) {
                inverse[pairs[i]] = i;
            }
        }
        return inverse;
    }
}
