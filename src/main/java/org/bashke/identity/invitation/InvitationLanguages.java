package org.bashke.identity.invitation;

import java.util.List;

/** The languages an invitation mail (and the new account) can be in: the interface languages, Serbian in either script. */
public final class InvitationLanguages {

    public static final List<String> TAGS = List.of("sq", "sr-Latn", "sr-Cyrl", "en");

    private InvitationLanguages() {
    }

    public static boolean supported(String tag) {
        return tag != null && TAGS.contains(tag);
    }
}
