package org.bashke.fund;

import java.math.BigDecimal;

/** One row of the public list: an organisation was paid {@code total} for {@code meetings} meetings of a body. */
public record PaidToOrganisation(long organisationId, long bodyId, int meetings, BigDecimal total) {
}
