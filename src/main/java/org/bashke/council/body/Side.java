package org.bashke.council.body;

/** The two sides of a mixed body. CiviKos's own bodies have only CIVIL_SOCIETY seats. */
public enum Side {
    GOVERNMENT, CIVIL_SOCIETY
}
