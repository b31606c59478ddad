package org.bashke.directory.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.bashke.directory.geography.Hub;
import org.bashke.directory.geography.HubDetails;

/** The hub settings form. */
public class HubForm {

    private Long hostOrganisationId;
    @Size(max = 200, message = "{directory.hub.coordinatorName.tooLong}")
    private String coordinatorName;
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{directory.organisation.email.invalid}")
    @Size(max = 254, message = "{directory.organisation.email.invalid}")
    private String coordinatorEmail;
    @Size(max = 50, message = "{directory.organisation.phone.invalid}")
    private String coordinatorPhone;
    @Size(max = 300, message = "{directory.hub.officeHours.tooLong}")
    private String officeHoursSq;
    @Size(max = 300, message = "{directory.hub.officeHours.tooLong}")
    private String officeHoursSr;
    @Size(max = 300, message = "{directory.hub.officeHours.tooLong}")
    private String officeHoursEn;
    @Size(max = 300, message = "{directory.organisation.address.tooLong}")
    private String address;
    @Size(max = 500, message = "{directory.hub.mapUrl.invalid}")
    private String mapUrl;

    static HubForm of(Hub hub) {
        HubDetails d = hub.details();
        HubForm f = new HubForm();
        f.hostOrganisationId = d.hostOrganisationId();
        f.coordinatorName = d.coordinatorName();
        f.coordinatorEmail = d.coordinatorEmail();
        f.coordinatorPhone = d.coordinatorPhone();
        f.officeHoursSq = d.officeHoursSq();
        f.officeHoursSr = d.officeHoursSr();
        f.officeHoursEn = d.officeHoursEn();
        f.address = d.address();
        f.mapUrl = d.mapUrl();
        return f;
    }

    HubDetails details() {
        return new HubDetails(hostOrganisationId, coordinatorName, blankToNull(coordinatorEmail), coordinatorPhone,
                officeHoursSq, officeHoursSr, officeHoursEn, address, blankToNull(mapUrl));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getHostOrganisationId() {
        return hostOrganisationId;
    }

    public void setHostOrganisationId(Long hostOrganisationId) {
        this.hostOrganisationId = hostOrganisationId;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }

    public String getCoordinatorEmail() {
        return coordinatorEmail;
    }

    public void setCoordinatorEmail(String coordinatorEmail) {
        this.coordinatorEmail = blankToNull(coordinatorEmail);
    }

    public String getCoordinatorPhone() {
        return coordinatorPhone;
    }

    public void setCoordinatorPhone(String coordinatorPhone) {
        this.coordinatorPhone = coordinatorPhone;
    }

    public String getOfficeHoursSq() {
        return officeHoursSq;
    }

    public void setOfficeHoursSq(String officeHoursSq) {
        this.officeHoursSq = officeHoursSq;
    }

    public String getOfficeHoursSr() {
        return officeHoursSr;
    }

    public void setOfficeHoursSr(String officeHoursSr) {
        this.officeHoursSr = officeHoursSr;
    }

    public String getOfficeHoursEn() {
        return officeHoursEn;
    }

    public void setOfficeHoursEn(String officeHoursEn) {
        this.officeHoursEn = officeHoursEn;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getMapUrl() {
        return mapUrl;
    }

    public void setMapUrl(String mapUrl) {
        this.mapUrl = mapUrl;
    }
}
