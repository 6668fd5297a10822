package org.talentregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentregistry.catalogtest.TestCodes;
import org.talentregistry.eligibility.Outcome;
import org.talentregistry.internal.Catalog;

class MessageTest {

    @Test
    void aCodeRendersInTheReadersLanguageNeverTheJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Outcome.NOT_MET.render(Locale.ENGLISH)).isEqualTo("not met");
            assertThat(Outcome.NOT_MET.render(Locale.forLanguageTag("fr"))).isEqualTo("not met");
            Locale.setDefault(Locale.US);
            assertThat(Outcome.NOT_MET.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("不符合");
            assertThat(Outcome.NOT_MET.render(Locale.TRADITIONAL_CHINESE)).isEqualTo("不符合");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreRenderedInTheSameLanguageAndNumbersAndDatesPlainly() {
        Message message = Message.of(TestCodes.VERDICT, Outcome.FLAGGED, 2018, LocalDate.of(2018, 6, 13));
        assertThat(message.zh()).isEqualTo("2018年的结论：待人工核定（2018-06-13）");
        assertThat(message.en()).isEqualTo("verdict for 2018: flagged for a person to decide (2018-06-13)");
        assertThat(message).hasToString(message.en());
    }

    @Test
    void anExceptionLogsEnglishAndOffersChinese() {
        RegistryException refused = new RegistryException(Message.of(TestCodes.VERDICT, Outcome.MET, 2020, "—"));
        assertThat(refused.getMessage()).isEqualTo("verdict for 2020: met (—)");
        assertThat(refused.getMessage(Locale.CHINA)).isEqualTo("2020年的结论：符合（—）");
        assertThat(refused.message()).map(Message::code).contains(TestCodes.VERDICT);
        RegistryException plain = new RegistryException("English only");
        assertThat(plain.getMessage(Locale.CHINA)).isEqualTo("English only");
        assertThat(plain.message()).isEmpty();
    }

    @Test
    void theCatalogCheckFindsAMissingLanguageAndMismatchedArguments() {
        assertThat(Catalog.problems(TestCodes.class)).containsExactlyInAnyOrder(
                "TestCodes.NO_ENGLISH: no English text",
                "TestCodes.NOT_CHINESE: the Chinese text has no Chinese in it",
                "TestCodes.ARGUMENTS_DIFFER: Chinese uses arguments [0, 1], English [0]");
        assertThatThrownBy(() -> Message.of(TestCodes.NO_ENGLISH).en())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TestCodes.NO_ENGLISH");
    }
}
