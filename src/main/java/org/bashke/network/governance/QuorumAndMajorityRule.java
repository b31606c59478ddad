package org.bashke.network.governance;

/** The quorum and majority of the Assembly and the Board, as the rules of procedure set them (configurable). */
public final class QuorumAndMajorityRule {

    private QuorumAndMajorityRule() {
    }

    /** A sitting has a quorum when at least {@code quorumPercent} of the members are present. */
    public static boolean quorumMet(int present, int members, int quorumPercent) {
        if (members <= 0 || present < 0) {
            return false;
        }
        return (long) present * 100 >= (long) quorumPercent * members;
    }

    /** Whether a vote carries, under the body's majority, with a quorum present. */
    public static boolean carried(Majority majority, int quorumPercent, int members, int present, int votesFor,
                                  int votesAgainst, int abstaining) {
        if (!quorumMet(present, members, quorumPercent) || votesFor + votesAgainst + abstaining > present) {
            return false;
        }
        return switch (majority) {
            case SIMPLE -> votesFor > votesAgainst;
            case ABSOLUTE -> (long) votesFor * 2 > members;
            case TWO_THIRDS -> (long) votesFor * 3 >= (long) present * 2;
        };
    }
}
