/**
 * The Council for the Government Strategy for Cooperation with Civil Society, its working teams, the
 * Task Force and any other body (CiviKos's Assembly and Board reuse it): terms with seat quotas per side,
 * offices, seats and substitutes, elections of CSO members, meetings with agenda, papers, invitations,
 * attendance and quorum, minutes, decisions, and the CSO voice before and after each meeting.
 * API: {@link org.bashke.council.Council} and the events in this package.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.council;
