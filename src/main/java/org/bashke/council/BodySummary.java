package org.bashke.council;

import org.bashke.shared.text.LocalizedText;

/**
 * A body as other modules see it.
 *
 * @param parentId  the body it reports to (a working team's Council), or null
 * @param objective the strategic objective (1–4) a working team follows, or null
 * @param url       its public page, e.g. {@code /council/bodies/3}
 */
public record BodySummary(long id, String code, LocalizedText name, BodyKind kind, Long parentId, Integer objective,
                          String url) {
}
