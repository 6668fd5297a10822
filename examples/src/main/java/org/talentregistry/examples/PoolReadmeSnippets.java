package org.talentregistry.examples;

import java.time.LocalDate;
import java.util.Locale;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.pool.Engagement;
import org.talentregistry.pool.EngagementDetails;
import org.talentregistry.pool.EngagementSummary;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.PoolAdmission;
import org.talentregistry.pool.PoolLeave;
import org.talentregistry.pool.PoolPage;
import org.talentregistry.pool.PoolQuery;
import org.talentregistry.pool.PoolShare;
import org.talentregistry.pool.PoolSort;
import org.talentregistry.pool.PoolTotals;
import org.talentregistry.pool.TalentPool;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.privacy.ConsentGrant;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.privacy.PersonalDataExport;
import org.talentregistry.privacy.PurgeReport;
import org.talentregistry.selection.NoticeList;
import org.talentregistry.selection.RoundId;

/**
 * The README's talent-pool snippet, compiled by the build: the region between {@code // README:pool} and
 * {@code // END} is the README's block, whitespace aside (the README-snippet check on main reads every
 * {@code // README:} region under examples/src/main/java). What it takes from its host is a parameter.
 * ZiboCraftsmanExample runs the same calls end to end.
 */
final class PoolReadmeSnippets {
    private PoolReadmeSnippets() {
    }

    @SuppressWarnings("unused")
    static void pool(TalentRegistry zibo, Actor clerk, Actor bureau, ArtisanId artisanId, ArtisanId otherId,
            HonorProgramId goldProgramId, RoundId roundId, Artisan edited) {
        // README:pool
        TalentPool pool = zibo.pool();              // honorees of pool tiers enter at naming, leave on revocation
        pool.add(bureau, new PoolAdmission(artisanId, "淄博市首席技师（2019年）", LocalDate.of(2019, 10, 1)));
        pool.leave(bureau, otherId, PoolLeave.of(LeaveReason.LEFT_CITY, LocalDate.of(2021, 5, 1)));
        PoolQuery query = PoolQuery.asOf(LocalDate.of(2021, 12, 31))
                .occupation("4-12-01-01").region("370303").levelAtLeast(SkillLevel.TECHNICIAN)
                .honor(goldProgramId, "gold", 2018)
                .engagementsBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), 1)
                .sortBy(PoolSort.MOST_ENGAGEMENTS).page(0, 50).build();
        PoolPage page = pool.query(query);                             // page.total(), page.next()
        PoolTotals totals = pool.totals(LocalDate.of(2021, 12, 31));  // by trade, region, tier, year, bureau source
        PoolShare share = pool.shareWithBureau(clerk, query, "淄博市人力资源和社会保障局");  // consented members only
        String why = pool.explain(artisanId, LocalDate.of(2021, 12, 31)).explain(Locale.CHINESE);  // 王建国 于 … 在人才库中
        Engagement talk = pool.recordEngagement(clerk, artisanId, new EngagementDetails.CampusTalk("淄博职业学院",
                LocalDate.of(2021, 5, 20), TalkKind.LIVE_DEMONSTRATION, 300));
        pool.correctEngagement(clerk, talk.id(), talk.revision(), new EngagementDetails.CampusTalk("淄博职业学院",
                LocalDate.of(2021, 5, 20), TalkKind.LIVE_DEMONSTRATION, 280), "学校回函更正人数");  // history kept
        EngagementSummary year = pool.engagementSummary(2021);        // per kind, hours, audience, members

        zibo.consents().give(clerk, new ConsentGrant(artisanId, ConsentPurpose.PUBLIC_DISCLOSURE,
                LocalDate.of(2018, 5, 1), "申报表第3页签字"));
        NoticeList list = zibo.rounds().noticeList(roundId);       // ranking order; list.toText(), list.toCsv()
        PersonalDataExport export = zibo.personalData().export(clerk, artisanId);  // right of access: all of it, titles, own ranking lines, site visits, objections (not who filed them) too; audited
        zibo.personalData().correct(clerk, edited, "更正申请 2021-007");
        PurgeReport purged = zibo.personalData().purge(clerk);     // per the builder's .retention(RetentionPolicy)
        Artisan erased = zibo.personalData().eraseIdentityNumber(clerk, artisanId, "删除申请 2025-003");  // residentId() empty
        // END
    }
}
