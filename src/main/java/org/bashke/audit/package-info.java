/**
 * The append-only, hash-chained record of every change in every module. API: {@link org.bashke.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.audit;
