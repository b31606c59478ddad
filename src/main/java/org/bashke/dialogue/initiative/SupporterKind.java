package org.bashke.dialogue.initiative;

/** Who stands behind an initiative: a CSO, a regional hub (its coordinator), or the CiviKos secretariat. */
public enum SupporterKind {
    CSO, HUB, SECRETARIAT
}
