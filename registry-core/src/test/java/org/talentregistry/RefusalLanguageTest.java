package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.ArtisanNotFoundException;
import org.talentregistry.artisan.ArtisanRefusal;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.StaleArtisanException;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.HonorRefusal;
import org.talentregistry.honor.ProgramNotFoundException;
import org.talentregistry.pool.PoolRefusal;
import org.talentregistry.pool.PoolRefusedException;
import org.talentregistry.privacy.ConsentPurpose;
import org.talentregistry.privacy.ConsentRefusal;
import org.talentregistry.privacy.ConsentRequiredException;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.VoteOutcome;

/** Refusals and summaries outside selection and titles carry a code and say themselves in Chinese and English. */
class RefusalLanguageTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void artisanRefusals_haveCodes_englishLogs_andChinese() {
        ArtisanNotFoundException missing = new ArtisanNotFoundException(ArtisanId.of(42));
        DuplicateResidentIdException duplicate = new DuplicateResidentIdException(ResidentId.of("11010519491231002X"),
                ArtisanId.of(7));
        StaleArtisanException stale = new StaleArtisanException(ArtisanId.of(7), 3, 4);

        assertThat(missing.getMessage()).isEqualTo("artisan 42 is not registered");
        assertThat(missing.getMessage(ZH)).isEqualTo("人员42未登记");
        assertThat(missing.message()).map(Message::code).contains(ArtisanRefusal.NOT_FOUND);
        assertThat(duplicate.getMessage(ZH)).startsWith("身份证号").endsWith("已登记为人员7，不能重复登记")
                .doesNotContain("11010519491231002X");
        assertThat(duplicate.getMessage()).doesNotContain("11010519491231002X").endsWith("is already registered as artisan 7");
        assertThat(stale.getMessage(ZH)).isEqualTo("人员7的信息在读取后已被他人修改（修改基于第3版，当前为第4版），请重新读取后再改");
        assertThat(stale.getMessage()).contains("made from version 3 but the registry holds version 4");
    }

    @Test
    void programRefusals_nameTheProgramAndVersion() {
        ProgramNotFoundException program = new ProgramNotFoundException(HonorProgramId.of(3));
        ProgramNotFoundException version = new ProgramNotFoundException(HonorProgramId.of(3), 4);

        assertThat(program.getMessage()).isEqualTo("program 3 does not exist");
        assertThat(program.getMessage(ZH)).isEqualTo("评选项目3不存在");
        assertThat(version.getMessage()).isEqualTo("version 4 of program 3 does not exist");
        assertThat(version.getMessage(ZH)).isEqualTo("评选项目3没有第4版");
        assertThat(version.message()).map(Message::code).contains(HonorRefusal.PROGRAM_VERSION_NOT_FOUND);
        assertThat(version.getProgramId()).isEqualTo(HonorProgramId.of(3));
    }

    @Test
    void poolRefusal_keepsItsRule_andGainsACodeAndChinese() {
        PoolRefusedException e = new PoolRefusedException(PoolRefusedException.Rule.NOT_A_MEMBER,
                Message.of(PoolRefusal.NOT_IN_POOL_ON, "王师傅", "12", LocalDate.of(2019, 3, 1)));

        assertThat(e.getRule()).isEqualTo(PoolRefusedException.Rule.NOT_A_MEMBER);
        assertThat(e.getMessage()).isEqualTo(
                "王师傅 (artisan 12) is not in the talent pool on 2019-03-01; engagements are recorded for pool members");
        assertThat(e.getMessage(ZH)).isEqualTo("王师傅（人员12）于2019-03-01不在人才库中，只能为人才库成员登记活动");
    }

    @Test
    void consentRequired_listsTheNames_inEachLanguagesOwnWay() {
        ConsentRequiredException e = new ConsentRequiredException(ConsentPurpose.PUBLIC_DISCLOSURE,
                LocalDate.of(2018, 6, 13), List.of(ArtisanId.of(1), ArtisanId.of(2)), List.of("王建国", "李秀英"));

        assertThat(e.getMessage()).isEqualTo("no consent to public disclosure on record for 2018-06-13: 王建国, 李秀英");
        assertThat(e.getMessage(ZH)).isEqualTo("无公开公示同意记录（2018-06-13）：王建国、李秀英");
        assertThat(e.message()).map(Message::code).contains(ConsentRefusal.CONSENT_REQUIRED);
        assertThat(e.getNames()).containsExactly("王建国", "李秀英");
    }

    @Test
    void ingestSummary_readsAsASentence_withTheRefusalsByOutcome() {
        IngestSummary clean = new IngestSummary(439_000, 900, Map.of());
        IngestSummary refused = new IngestSummary(10, 2, Map.of(VoteOutcome.OUTSIDE_VOTING_PERIOD, 3L,
                VoteOutcome.INVALID_VOTER, 1L));

        assertThat(clean.explain(ZH)).isEqualTo("共读取439900票：有效439000票，重复900票，拒收0票");
        assertThat(clean.explain(Locale.ENGLISH)).isEqualTo("439900 votes read: 439000 accepted, 900 duplicates, 0 refused");
        assertThat(refused.explain(ZH))
                .isEqualTo("共读取16票：有效10票，重复2票，拒收4票（投票人标识不符合计票规则1票，不在投票期内3票）");
        assertThat(refused.explain(Locale.ENGLISH)).isEqualTo(
                "16 votes read: 10 accepted, 2 duplicates, 4 refused (voter not of the form the policy needs: 1,"
                + " cast outside the voting period: 3)");
    }

    @Test
    void voteOutcomes_areNamedInBothLanguages() {
        assertThat(VoteOutcome.DUPLICATE.zh()).isEqualTo("重复投票");
        assertThat(VoteOutcome.DUPLICATE.en()).isEqualTo("duplicate");
        assertThat(VoteOutcome.ROUND_NOT_IN_VOTING.render(Locale.TRADITIONAL_CHINESE)).isEqualTo("本轮不在网络投票阶段");
    }
}
