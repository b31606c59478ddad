package org.bashke.portal.web;

import java.util.LinkedHashSet;
import java.util.Set;
import org.bashke.portal.follow.Choices;
import org.bashke.portal.follow.FollowKind;
import org.bashke.portal.follow.Frequency;
import org.bashke.shared.text.Language;

/** The follow form: what to follow (three groups of checkboxes), how often, in which language, and for guests the address. */
public class FollowForm {

    private String email;
    private Frequency frequency = Frequency.WEEKLY;
    private Language language = Language.SQ;
    private Set<String> topics = new LinkedHashSet<>();
    private Set<String> hubs = new LinkedHashSet<>();
    private Set<String> types = new LinkedHashSet<>();

    static FollowForm of(Choices c) {
        FollowForm f = new FollowForm();
        f.frequency = c.frequency();
        f.language = c.language();
        for (Choices.Follow follow : c.follows()) {
            switch (follow.kind()) {
                case TOPIC -> f.topics.add(follow.value());
                case HUB -> f.hubs.add(follow.value());
                case TYPE -> f.types.add(follow.value());
            }
        }
        return f;
    }

    /** Values that cannot be a follow at all are dropped here; unknown ones are refused by the use case. */
    Choices choices() {
        Set<Choices.Follow> follows = new LinkedHashSet<>();
        add(follows, FollowKind.TOPIC, topics);
        add(follows, FollowKind.HUB, hubs);
        add(follows, FollowKind.TYPE, types);
        return new Choices(frequency == null ? Frequency.WEEKLY : frequency, language == null ? Language.SQ : language, follows);
    }

    private static void add(Set<Choices.Follow> follows, FollowKind kind, Set<String> values) {
        if (values == null) {
            return;
        }
        for (String v : values) {
            try {
                follows.add(new Choices.Follow(kind, v));
            } catch (IllegalArgumentException e) {
                // a tampered value: leaving it out is enough
            }
        }
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public Language getLanguage() { return language; }
    public void setLanguage(Language language) { this.language = language; }
    public Set<String> getTopics() { return topics; }
    public void setTopics(Set<String> topics) { this.topics = topics; }
    public Set<String> getHubs() { return hubs; }
    public void setHubs(Set<String> hubs) { this.hubs = hubs; }
    public Set<String> getTypes() { return types; }
    public void setTypes(Set<String> types) { this.types = types; }
}
