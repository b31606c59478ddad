package org.bashke.network.governance;

import java.util.Optional;
import org.bashke.council.BodyKind;
import org.bashke.council.BodySummary;
import org.bashke.council.Council;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * CiviKos's Assembly and Board are bodies of the council module (their meetings, attendance, quorum and
 * minutes are council's pages); they are made at startup when missing, in every installation.
 */
@Component
@Order(155)
public class NetworkBodies implements ApplicationRunner {

    public static final String ASSEMBLY = "CIVIKOS-ASSEMBLY";
    public static final String BOARD = "CIVIKOS-BOARD";

    private final Council council;

    NetworkBodies(Council council) {
        this.council = council;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (council.body(ASSEMBLY).isEmpty()) {
            council.createBody(ASSEMBLY, LocalizedText.of(Language.SQ, "Asambleja e CiviKos-it", "Skupština CiviKos-a",
                    "CiviKos Assembly"), BodyKind.ASSEMBLY, null, null);
        }
        if (council.body(BOARD).isEmpty()) {
            council.createBody(BOARD, LocalizedText.of(Language.SQ, "Bordi i CiviKos-it", "Upravni odbor CiviKos-a",
                    "CiviKos Board"), BodyKind.BOARD, null, null);
        }
    }

    public Optional<BodySummary> board() {
        return council.body(BOARD);
    }

    public Optional<BodySummary> assembly() {
        return council.body(ASSEMBLY);
    }

    /** Whether elections to this body are CiviKos's own (one ballot per member organisation). */
    public boolean isNetworkBody(long bodyId) {
        return council.body(bodyId).map(b -> b.kind() == BodyKind.BOARD || b.kind() == BodyKind.ASSEMBLY).orElse(false);
    }
}
