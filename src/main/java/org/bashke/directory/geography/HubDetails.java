package org.bashke.directory.geography;

/** What the secretariat may change about a hub. */
public record HubDetails(Long hostOrganisationId, String coordinatorName, String coordinatorEmail, String coordinatorPhone,
                         String officeHoursSq, String officeHoursSr, String officeHoursEn, String address, String mapUrl) {
}
