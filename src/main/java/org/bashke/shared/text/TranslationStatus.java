package org.bashke.shared.text;

/** How far one language version of a text can be trusted. */
public enum TranslationStatus {
    MISSING, MACHINE_SUGGESTED, TRANSLATED, AUTHORITATIVE
}
