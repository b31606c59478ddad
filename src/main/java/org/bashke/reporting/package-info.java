/**
 * Reporting: the public dashboard of the project's results framework (R1 to R4) built from live data that
 * every module contributes through {@link org.bashke.shared.reporting.ResultFigures}, with charts, tables
 * and exports; and the count of portal use per day and kind of page, kept without tracking anyone
 * (no cookie, no address, no account: only a number per day and kind).
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.reporting;
