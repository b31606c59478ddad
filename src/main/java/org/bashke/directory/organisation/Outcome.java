package org.bashke.directory.organisation;

import java.util.List;

/** The result of a write: the organisation's id, or the problems that stopped it (nothing written). */
public record Outcome(Long id, List<Problem> problems) {

    static Outcome done(long id) {
        return new Outcome(id, List.of());
    }

    static Outcome refused(List<Problem> problems) {
        return new Outcome(null, List.copyOf(problems));
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
