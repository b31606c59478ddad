/**
 * Dialogue processes outside the strategy, at central and municipal level: the partnership-principle
 * checklist, CSO initiatives and their supporters, and the commitments institutions make in them
 * (tracked as obligations by monitoring, which listens to {@link org.bashke.dialogue.CommitmentMade}).
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.dialogue;
