/**
 * Public consultations under the minimum standards (Regulation No. 05/2016): annual plans, consultations
 * with draft versions split into articles, comments, the institution's answers, the final report (page
 * and PDF) and the stakeholders who follow an institution or a consultation.
 * API: {@link org.bashke.consultation.Consultations} and the events in this package.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.consultation;
