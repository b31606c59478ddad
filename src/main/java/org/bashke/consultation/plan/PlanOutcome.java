package org.bashke.consultation.plan;

/** What became of a planned draft: still planned, consulted (linked), adopted without consultation (with a reason), dropped. */
public enum PlanOutcome {
    PLANNED, CONSULTED, ADOPTED_WITHOUT_CONSULTATION, DROPPED
}
