package org.bashke.audit.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bashke.audit.chain.BrowseAuditLog;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/** The GET filter of the audit list. Dates stay text until checked, so a bad one is a message, not a 400. */
public class AuditFilterForm {

    private String actor;
    private String action;
    private String recordType;
    private String recordId;
    private String from;
    private String to;

    BrowseAuditLog.Filter toFilter(Errors errors) {
        LocalDate f = date("from", from, errors);
        LocalDate t = date("to", to, errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.rejectValue("to", "audit.filter.to.beforeFrom");
        }
        return new BrowseAuditLog.Filter(actor, action, recordType, recordId, f, t);
    }

    private static LocalDate date(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "audit.filter.date.invalid");
            return null;
        }
    }

    /** A link to another page of the same filtered list. */
    String pageHref(int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/admin/audit");
        param(b, "actor", actor);
        param(b, "action", action);
        param(b, "recordType", recordType);
        param(b, "recordId", recordId);
        param(b, "from", from);
        param(b, "to", to);
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getRecordType() { return recordType; }
    public void setRecordType(String recordType) { this.recordType = recordType; }
    public String getRecordId() { return recordId; }
    public void setRecordId(String recordId) { this.recordId = recordId; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
