package org.bashke.calendar.holiday;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.calendar.PublicHoliday;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The secretariat's changes to the holiday table: each one audited, each one refreshing the calendar. */
@Service
public class EditHolidays {

    private final HolidayRecords records;
    private final HolidayCalendar calendar;
    private final AuditLog audit;

    EditHolidays(HolidayRecords records, HolidayCalendar calendar, AuditLog audit) {
        this.records = records;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional
    public long add(HolidayValues values) {
        HolidayValues v = withObservedDay(values, null);
        long id = records.insert(v);
        audit.record("calendar.holiday.created", "holiday", id, null, v);
        evictAfterCommit(v, null);
        return id;
    }

    @Transactional
    public void change(long id, HolidayValues values) {
        PublicHoliday old = find(id);
        HolidayValues before = HolidayValues.of(old);
        HolidayValues v = withObservedDay(values, id);
        records.update(id, v);
        audit.record("calendar.holiday.updated", "holiday", id, before, v);
        evictAfterCommit(v, before);
    }

    @Transactional
    public void remove(long id) {
        HolidayValues before = HolidayValues.of(find(id));
        records.delete(id);
        audit.record("calendar.holiday.deleted", "holiday", id, before, null);
        evictAfterCommit(before, null);
    }

    @Transactional(readOnly = true)
    public PublicHoliday find(long id) {
        return records.find(id).orElseThrow(() -> new NotFoundException("holiday", id));
    }

    /** A weekend holiday entered without an observed day gets the one Kosovo's rule gives. */
    private HolidayValues withObservedDay(HolidayValues v, Long editing) {
        if (v.observedOn() != null || !WorkingDayRule.isWeekend(v.date())) {
            return v;
        }
        Set<LocalDate> otherDaysOff = new HashSet<>();
        for (int year = v.date().getYear(); year <= v.date().getYear() + 1; year++) {
            for (PublicHoliday h : records.touchingYear(year)) {
                if (editing == null || h.id() != editing) {
                    otherDaysOff.add(h.dayOff());
                    otherDaysOff.add(h.date());
                }
            }
        }
        return new HolidayValues(v.date(), WorkingDayRule.observedDay(v.date(), otherDaysOff), v.nameSq(), v.nameSr(), v.nameEn());
    }

    /** Evicting before commit would let a concurrent reader cache the old table again. */
    private void evictAfterCommit(HolidayValues now, HolidayValues before) {
        Set<Integer> years = new HashSet<>();
        for (HolidayValues v : new HolidayValues[] {now, before}) {
            if (v != null) {
                years.add(v.date().getYear());
                if (v.observedOn() != null) {
                    years.add(v.observedOn().getYear());
                }
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                years.forEach(calendar::evict);
            }
        });
    }
}
