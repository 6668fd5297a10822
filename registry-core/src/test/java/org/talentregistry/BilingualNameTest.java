package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.honor.TieBreak;
import org.talentregistry.pool.EngagementKind;
import org.talentregistry.pool.LeaveReason;
import org.talentregistry.pool.MediaKind;
import org.talentregistry.pool.TalkKind;
import org.talentregistry.privacy.ConsentPurpose;

class BilingualNameTest {
    private static final List<Class<? extends Enum<? extends BilingualName>>> NAMED = List.of(SkillLevel.class,
            NominationChannel.class, TieBreak.class, EngagementKind.class, LeaveReason.class, MediaKind.class,
            TalkKind.class, ConsentPurpose.class);

    @Test
    void eachConstant_rendersItsChineseNameForChinese_andItsEnglishNameForAnyOtherLocale() {
        for (Class<? extends Enum<? extends BilingualName>> type : NAMED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                BilingualName named = (BilingualName) constant;
                assertThat(named.render(Locale.SIMPLIFIED_CHINESE)).as(constant.toString()).isEqualTo(named.chineseName())
                        .isEqualTo(named.zh());
                assertThat(named.render(Locale.TAIWAN)).isEqualTo(named.chineseName());
                assertThat(named.render(Locale.US)).isEqualTo(named.englishName()).isEqualTo(named.en());
                assertThat(named.render(Locale.forLanguageTag("tr-TR"))).isEqualTo(named.englishName());
            }
        }
    }

    @Test
    void names_withinAKind_areNeitherBlankNorRepeated() {
        for (Class<? extends Enum<? extends BilingualName>> type : NAMED) {
            List<BilingualName> constants = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> (BilingualName) c).toList();
            assertThat(constants).as(type.getSimpleName()).allSatisfy(c -> {
                assertThat(c.chineseName()).isNotBlank().doesNotContainPattern("[A-Za-z]{3}");
                assertThat(c.englishName()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
            });
            assertThat(constants).extracting(BilingualName::chineseName).doesNotHaveDuplicates();
            assertThat(constants).extracting(BilingualName::englishName).doesNotHaveDuplicates();
        }
    }
}
