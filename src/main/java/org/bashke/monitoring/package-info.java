/**
 * Monitoring of the Strategy for Cooperation with Civil Society: strategies, objectives, measures and the
 * action plan's activities with indicators; and the platform's one obligation engine — every activity,
 * every Council decision ({@link org.bashke.council.DecisionAdopted}) and every dialogue commitment
 * ({@link org.bashke.dialogue.CommitmentMade}) is an obligation that remembers its source. The responsible
 * institution's progress updates sit beside the CSO assessment of each; overdue is counted in working days.
 * API: {@link org.bashke.monitoring.Obligations}, and {@link org.bashke.shared.followup.FollowUps} (implemented here).
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.monitoring;
