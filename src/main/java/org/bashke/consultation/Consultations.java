package org.bashke.consultation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What other modules (the portal, reporting) may ask of consultations. */
public interface Consultations {

    /** Consultations in their written public stage, closing soonest first. */
    List<ConsultationSummary> openConsultations();

    Optional<ConsultationSummary> consultation(long id);

    /** Every consultation of one institution or municipality (all stages are public), newest first. */
    List<ConsultationSummary> ofInstitution(long institutionId);

    /** Every consultation of any of these institutions or municipalities, newest first (one query). */
    List<ConsultationSummary> ofInstitutions(Collection<Long> institutionIds);

    /** The compliance figures of one institution for one year (consultations by opening date, plan by plan year). */
    ComplianceCounts compliance(long institutionId, int year);

    /** The compliance figures of every institution that planned or held a consultation in the year. */
    List<ComplianceCounts> compliance(int year);

    /**
     * Files a public comment on the whole draft for an organisation, written by the person {@code accountId}
     * on its behalf (CiviKos submitting an adopted position); the calling module has checked that this person
     * may speak for the organisation. Audited.
     *
     * @return the comment's id, or empty when there is no such consultation or it no longer accepts comments
     */
    Optional<Long> commentOnBehalfOf(long consultationId, long organisationId, long accountId, String body, String language);
}
