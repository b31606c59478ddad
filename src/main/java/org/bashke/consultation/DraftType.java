package org.bashke.consultation;

/** The kinds of draft an institution consults on. */
public enum DraftType {
    CONCEPT_DOCUMENT, DRAFT_LAW, BY_LAW, STRATEGY, MUNICIPAL_ACT
}
