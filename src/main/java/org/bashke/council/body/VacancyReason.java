package org.bashke.council.body;

/** Why a seat was left: the public history says it. */
public enum VacancyReason {
    RESIGNATION, REPLACEMENT, END_OF_TERM, OTHER
}
