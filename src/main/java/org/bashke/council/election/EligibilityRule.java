package org.bashke.council.election;

/**
 * Which organisations may vote, chosen per election.
 * REGISTERED: CSOs whose representative asked to vote before the registration deadline (the list of
 * eligible organisations is known before voting opens). ANY_CSO: every active CSO in the directory,
 * through its representative.
 */
public enum EligibilityRule {
    REGISTERED, ANY_CSO
}
