package org.talentregistry.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.honor.Honor;
import org.talentregistry.pool.Engagement;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NomineeNotice;
import org.talentregistry.selection.SiteVisit;
import org.talentregistry.title.TitleApplication;
import org.talentregistry.title.TitleAward;

/**
 * Everything the registry holds about one person, for the right of access (PIPL Art. 45). The artisan is
 * complete, identity number and phone included: the export is for the person. Its {@code toString()} masks
 * them as everywhere else; the host decides how the export reaches the person.
 *
 * @param exportedAt when
 * @param artisan the registered details and certificates
 * @param nominations the nominations in every round, with what the person declared and the eligibility verdicts
 * @param roundRankings the person's line of the ranking of each honor round nominated in, from expert review
 *     on (none while the person is not in the running, cancelled rounds aside): of a named round under the name
 *     the person was named under, of a round still being decided as the ranking stands
 * @param siteVisits the site visits (实地考察) of the person's nominations, with what the team found
 * @param meritSummaries the merit summaries (事迹简介) published with the person's nominations
 * @param objections the objections filed against the person's nominations and their decisions, without the
 *     objectors
 * @param nomineeNotices the public notices of the person's nominations, nominee by nominee
 * @param honors the honors, revoked ones included
 * @param memberships the pool memberships, ended ones included
 * @param engagements the engagements in their latest revision
 * @param titleApplications the applications for technician titles, with what the person declared and the
 *     bureau's scores
 * @param titleRankings the person's line of the ranking of each title round applied to, cancelled rounds
 *     aside: as its selection kept it, or as it stands in a round still open (none for an open round with no
 *     rules or priority policy in force on its date)
 * @param titleAwards the technician titles awarded, lapsed ones included
 * @param consents the consents, withdrawn ones included
 */
public record PersonalDataExport(Instant exportedAt, Artisan artisan, List<Nomination> nominations,
        List<RoundRankingLine> roundRankings, List<SiteVisit> siteVisits, List<MeritSummary> meritSummaries,
        List<ObjectionAbout> objections, List<NomineeNotice> nomineeNotices, List<Honor> honors,
        List<PoolMembership> memberships, List<Engagement> engagements, List<TitleApplication> titleApplications,
        List<TitleRankingLine> titleRankings, List<TitleAward> titleAwards, List<Consent> consents) {
    /**
     * Creates an export.
     *
     * @throws NullPointerException if a component is null
     */
    public PersonalDataExport {
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(artisan, "artisan");
        nominations = List.copyOf(nominations);
        roundRankings = List.copyOf(roundRankings);
        siteVisits = List.copyOf(siteVisits);
        meritSummaries = List.copyOf(meritSummaries);
        objections = List.copyOf(objections);
        nomineeNotices = List.copyOf(nomineeNotices);
        honors = List.copyOf(honors);
        memberships = List.copyOf(memberships);
        engagements = List.copyOf(engagements);
        titleApplications = List.copyOf(titleApplications);
        titleRankings = List.copyOf(titleRankings);
        titleAwards = List.copyOf(titleAwards);
        consents = List.copyOf(consents);
    }
}
