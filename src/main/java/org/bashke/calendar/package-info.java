/**
 * Kosovo's working-day calendar: weekends and the public holidays the secretariat keeps.
 * API: {@link org.bashke.calendar.WorkingDays} and {@link org.bashke.calendar.PublicHoliday}.
 * (DESIGN.md placed WorkingDays in {@code shared}; it needs a table and an admin page, so it is a module.)
 */
@org.springframework.modulith.ApplicationModule
package org.bashke.calendar;
