package org.bashke.council.meeting.web.admin;

import java.util.HashMap;
import java.util.Map;
import org.bashke.council.meeting.AttendanceStatus;

/** The register as filled in: a status per seat id ({@code statuses[12]=PRESENT}); unknown values are ignored. */
public class AttendanceForm {

    private Map<Long, String> statuses = new HashMap<>();

    Map<Long, AttendanceStatus> parsed() {
        Map<Long, AttendanceStatus> out = new HashMap<>();
        statuses.forEach((seat, value) -> {
            for (AttendanceStatus s : AttendanceStatus.values()) {
                if (s.name().equals(value)) {
                    out.put(seat, s);
                }
            }
        });
        return out;
    }

    public Map<Long, String> getStatuses() { return statuses; }
    public void setStatuses(Map<Long, String> v) { this.statuses = v; }
}
