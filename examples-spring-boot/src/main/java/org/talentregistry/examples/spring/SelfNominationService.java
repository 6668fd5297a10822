package org.talentregistry.examples.spring;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentregistry.RegistryException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.NominationRequest;

/**
 * The union's application desk: records each application in the host's own table and registers and
 * nominates the applicant in the registry, in one Spring transaction.
 */
@Service
public class SelfNominationService {
    private final TalentRegistry registry;
    private final ApplicationMapper applications;

    /**
     * Creates the service.
     *
     * @param registry the registry, auto-configured by the starter
     * @param applications the host's mapper
     */
    public SelfNominationService(TalentRegistry registry, ApplicationMapper applications) {
        this.registry = registry;
        this.applications = applications;
    }

    /**
     * Takes an application: the host's row, the artisan and the nomination are all kept, or, if anything
     * fails (the registry refuses the nomination, the host's insert fails), none of them.
     *
     * @param request the self-nomination
     * @return what was recorded
     * @throws RegistryException if the registry refuses; nothing is written then
     */
    // README:spring-transactional-service
    @Transactional
    public Receipt apply(SelfNomination request) {                  // all of it is kept, or none of it
        Artisan artisan = registry.artisans().register(CraftsmanApplicationsApp.UNION, request.details());
        Nomination nomination = registry.rounds().nominate(CraftsmanApplicationsApp.UNION, request.roundId(),
                new NominationRequest(artisan.id(), NominationChannel.SELF, request.details().name(),
                        Declarations.inServiceWithCleanRecord()));
        String id = UUID.randomUUID().toString();
        applications.insert(new ApplicationRow(id, request.details().name(), today(), "NOMINATED", null,
                artisan.id().value(), nomination.id().value()));    // the host's MyBatis mapper
        return new Receipt(id, artisan.id(), nomination.id());
    }
    // END

    /**
     * Takes an application and keeps the host's record of it even when the registry refuses the
     * nomination: the refused call undoes only its own writes, and the transaction goes on.
     *
     * @param request the self-nomination
     * @return the host's row
     */
    @Transactional
    public ApplicationRow applyKeepingRefusals(SelfNomination request) {
        Artisan artisan = registry.artisans().register(CraftsmanApplicationsApp.UNION, request.details());
        String id = UUID.randomUUID().toString();
        ApplicationRow row;
        try {
            Nomination nomination = registry.rounds().nominate(CraftsmanApplicationsApp.UNION, request.roundId(),
                    new NominationRequest(artisan.id(), NominationChannel.SELF, request.details().name(),
                            Declarations.inServiceWithCleanRecord()));
            row = new ApplicationRow(id, request.details().name(), today(), "NOMINATED", null, artisan.id().value(),
                    nomination.id().value());
        } catch (RegistryException refused) {
            row = new ApplicationRow(id, request.details().name(), today(), "REFUSED", refused.getMessage(),
                    artisan.id().value(), null);
        }
        applications.insert(row);
        return row;
    }

    private LocalDate today() {
        return LocalDate.now(registry.clock());
    }

    /**
     * What {@link #apply} recorded.
     *
     * @param applicationId the host's row
     * @param artisanId the registered artisan
     * @param nominationId the nomination
     */
    public record Receipt(String applicationId, ArtisanId artisanId, NominationId nominationId) {
    }
}
