/**
 * The participation fund (activity 3.2): it pays the logistical costs of CSOs that take part in the Council,
 * its working teams and the Task Force but lack the means. Yearly budget lines, published rules in versions
 * (a claim is judged by the version in force on the meeting date), the distance table, eligibility per
 * organisation and year, claims started from confirmed attendance, review with reasons per line, payment
 * batches exported for the bank, idempotent payment records, and the public list of what was paid to whom.
 * Named {@code fund} (not {@code support}, the name) because the test infrastructure owns the package
 * {@code org.bashke.support}; its tables, templates, messages and migrations keep the {@code support} name.
 * API: {@link org.bashke.fund.ParticipationFund} and the events in this package.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.fund;
