package org.talentregistry.examples.spring;

import java.time.LocalDate;

/**
 * One row of the host's own table {@code craftsman_application}.
 *
 * @param id the application's id
 * @param applicantName the applicant's name
 * @param receivedOn the day the union received it
 * @param status {@code NOMINATED} or {@code REFUSED}
 * @param refusal why the registry refused the nomination, or null
 * @param artisanId the registry's artisan id, or null
 * @param nominationId the registry's nomination id, or null
 */
public record ApplicationRow(String id, String applicantName, LocalDate receivedOn, String status, String refusal,
        Long artisanId, Long nominationId) {
}
