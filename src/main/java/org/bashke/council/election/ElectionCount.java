package org.bashke.council.election;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public count, as a pure function of the ballots and the seed so that anyone can repeat it:
 * <ol>
 *   <li>each candidate gets one vote from every ballot that chooses them;</li>
 *   <li>candidates are ranked by votes, most first;</li>
 *   <li>candidates with equal votes are ordered by lot: by the SHA-256 digest, written in lowercase
 *       hexadecimal, of the UTF-8 text {@code <seed>:<candidate number>} (e.g. {@code 9f…c2:17}), the
 *       smallest digest first;</li>
 *   <li>the first {@code seats} candidates are elected; the rest stay on the list, in order, for
 *       by-elections.</li>
 * </ol>
 * The seed is drawn at the count from {@link SecureRandom} (32 bytes, hexadecimal) and published with
 * the results, so nobody could know the order of a tie before the count, and everybody can check it after.
 */
public final class ElectionCount {

    /** One candidate's line of the result. {@code tied}: another candidate has the same number of votes. */
    public record Ranked(long candidacyId, int votes, String lotKey, int position, boolean tied, boolean elected) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private ElectionCount() {
    }

    public static String drawSeed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    /** The lot for one candidate: lowercase hex SHA-256 of {@code seed + ":" + candidacyId}. */
    public static String lotKey(String seed, long candidacyId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + candidacyId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Ranks the candidates.
     *
     * @param candidacyIds the candidates on the ballot
     * @param ballots      each ballot's choices (a blank ballot is an empty set)
     */
    public static List<Ranked> count(Collection<Long> candidacyIds, Collection<? extends Set<Long>> ballots, String seed, int seats) {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("a count needs the published seed");
        }
        Map<Long, Integer> votes = candidacyIds.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> 0));
        for (Set<Long> ballot : ballots) {
            for (Long choice : ballot) {
                votes.computeIfPresent(choice, (id, n) -> n + 1);
            }
        }
        Map<Integer, Long> candidatesPerTally = votes.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Long> order = new ArrayList<>(votes.keySet());
        Map<Long, String> lots = order.stream().collect(Collectors.toMap(Function.identity(), id -> lotKey(seed, id)));
        order.sort(Comparator.<Long>comparingInt(votes::get).reversed().thenComparing(lots::get));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            long id = order.get(i);
            int v = votes.get(id);
            ranked.add(new Ranked(id, v, lots.get(id), i + 1, candidatesPerTally.get(v) > 1, i < seats));
        }
        return List.copyOf(ranked);
    }
}
