package org.talentregistry.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentregistry.FieldFormat;
import org.talentregistry.FieldProblem;
import org.talentregistry.Localizable;
import org.talentregistry.Message;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.CriterionText;
import org.talentregistry.eligibility.Severity;
import org.talentregistry.honor.HonorText;
import org.talentregistry.title.IssuingRegion;
import org.talentregistry.title.TitleText;

class StoredMessageTest {

    @Test
    void aMessageReadBack_isTheSameMessage_inBothLanguages() {
        Message facts = Message.of(CriterionText.FACT_LEVEL_FROM_CERTIFICATE, "技师", "T-1 \"甲\", (乙)\\丙", LocalDate.of(2018, 5, 1));
        Message rule = Message.of(CriterionText.RULE_MAXIMUM_AGE, 50, Severity.SOFT);
        Message nested = Message.of(FieldProblem.MALFORMED, FieldFormat.TENANT, Message.of(FieldProblem.TOO_SMALL, 1L,
                new BigDecimal("-0.50")));

        for (Message m : new Message[] {facts, rule, nested}) {
            Message read = StoredMessage.read(StoredMessage.write(m), CriterionText.RECORDED);
            assertThat(read).isEqualTo(m);
            assertThat(read.zh()).isEqualTo(m.zh());
            assertThat(read.en()).isEqualTo(m.en());
        }
        assertThat(StoredMessage.read(StoredMessage.write(rule), CriterionText.RECORDED).zh())
                .isEqualTo("年龄不超过50周岁（软性条件：不符合只提示，不否决）");
    }

    @Test
    void aSkillLevelOrAnHonorCited_readsBackAsItself_andSaysItselfInEachLanguage() {
        Message facts = Message.of(CriterionText.FACT_LEVEL_FROM_CERTIFICATE, SkillLevel.TECHNICIAN, "T-1", LocalDate.of(2018, 5, 1));
        Message honor = Message.of(CriterionText.FACT_HOLDS_HONOR,
                Message.of(HonorText.CITATION, "淄博金牌工匠", "2018", "淄工发〔2018〕12号"));

        for (Message m : new Message[] {facts, honor}) {
            Message read = StoredMessage.read(StoredMessage.write(m), CriterionText.RECORDED);
            assertThat(read).isEqualTo(m);
            assertThat(read.zh()).isEqualTo(m.zh());
            assertThat(read.en()).isEqualTo(m.en());
        }
        assertThat(StoredMessage.write(facts)).contains("borg.talentregistry.artisan.SkillLevel#TECHNICIAN");
        assertThat(facts.en()).isEqualTo("level technician (level 2) from certificate T-1 valid on 2018-05-01");
        // Only the registry's own constants that name themselves in both languages are read back so.
        String notBilingual = StoredMessage.write(facts).replace("borg.talentregistry.artisan.SkillLevel#TECHNICIAN",
                "borg.talentregistry.eligibility.CriterionText#RECORDED");
        assertThat(StoredMessage.read(notBilingual, CriterionText.RECORDED).code()).isEqualTo(CriterionText.RECORDED);
    }

    @Test
    void anArgumentThatSaysItselfInBothLanguages_isKeptAsItReadsInEach_quotesAndAll() {
        Localizable rule = locale -> "zh".equals(locale.getLanguage()) ? "持有\"金牌\"称号\\" : "holds the \"gold\" honor\\";
        Message reason = Message.of(TitleText.BOTH, Message.of(TitleText.CITY_QUOTA_REACHED, 3, IssuingRegion.of("370300")),
                Message.of(TitleText.PRIORITY_ABOVE, rule));

        String stored = StoredMessage.write(reason);
        Message read = StoredMessage.read(stored, CriterionText.RECORDED);

        assertThat(stored).contains("t\"");
        assertThat(read.code()).isEqualTo(TitleText.BOTH);
        assertThat(read.zh()).isEqualTo(reason.zh()).contains("370300", "持有\"金牌\"称号\\");
        assertThat(read.en()).isEqualTo(reason.en()).contains("holds the \"gold\" honor\\");
        assertThat(StoredMessage.write(read)).isEqualTo(stored);
    }

    @Test
    void aTextKeptBeforeMessagesWereCoded_readsAsItself() {
        Message read = StoredMessage.read("aged 56 on 2018-05-01", CriterionText.RECORDED);

        assertThat(read.en()).isEqualTo("aged 56 on 2018-05-01");
        assertThat(read.zh()).isEqualTo("aged 56 on 2018-05-01");
        assertThat(read.code()).isEqualTo(CriterionText.RECORDED);
    }

    @Test
    void anUnknownOrForeignCode_isKeptAsText_neverLoaded() {
        String foreign = "@msg:java.lang.Thread$State#NEW()";
        String unknown = "@msg:org.talentregistry.eligibility.CriterionText#NO_SUCH_CODE()";
        String broken = "@msg:org.talentregistry.eligibility.CriterionText#FACT_AGED(i5,d2018-13-01)";

        assertThat(StoredMessage.read(foreign, CriterionText.RECORDED).args()).containsExactly(foreign);
        assertThat(StoredMessage.read(unknown, CriterionText.RECORDED).args()).containsExactly(unknown);
        assertThat(StoredMessage.read(broken, CriterionText.RECORDED).code()).isEqualTo(CriterionText.RECORDED);
    }
}
