package org.bashke.council.body;

import org.bashke.council.BodyKind;
import org.bashke.shared.text.LocalizedText;

/** What describes a body, as entered by the secretariat or passed by another module. */
public record BodyValues(String code, LocalizedText name, LocalizedText mandate, BodyKind kind, Long parentId,
                         Integer objective, QuorumRule quorumRule) {
}
