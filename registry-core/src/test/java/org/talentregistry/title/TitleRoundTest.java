package org.talentregistry.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleRoundTest {
    private static final TitleRoundId ID = TitleRoundId.of(7);
    private static final IssuingRegion ZIBO = IssuingRegion.of("370300");
    private static final LocalDate ROUND_DATE = LocalDate.of(2024, 9, 1);
    private static final Instant OPENED = Instant.parse("2024-03-01T02:00:00Z");

    private static TitleRound round(boolean selected, Optional<LocalDate> cancelledOn, Optional<String> reason) {
        return new TitleRound(ID, "zibo-chief-technician", ZIBO, 2024, ROUND_DATE, selected, OPENED, cancelledOn, reason);
    }

    @Test
    void aRoundIsOpen_untilItIsSelectedOrCancelled() {
        TitleRound open = new TitleRound(ID, "zibo-chief-technician", ZIBO, 2024, ROUND_DATE, false, OPENED);
        TitleRound cancelled = round(false, Optional.of(LocalDate.of(2024, 6, 3)), Optional.of("评选公告有误"));

        assertThat(open).isEqualTo(round(false, Optional.empty(), Optional.empty()));
        assertThat(open.isOpen()).isTrue();
        assertThat(open.isCancelled()).isFalse();
        assertThat(round(true, Optional.empty(), Optional.empty()).isOpen()).isFalse();
        assertThat(cancelled.isOpen()).isFalse();
        assertThat(cancelled.isCancelled()).isTrue();
    }

    @Test
    void aCancellationHasItsDayAndItsReasonTogether_andASelectedRoundHasNone() {
        assertThatThrownBy(() -> round(false, Optional.of(LocalDate.of(2024, 6, 3)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("go together");
        assertThatThrownBy(() -> round(false, Optional.empty(), Optional.of("评选公告有误")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("go together");
        assertThatThrownBy(() -> round(true, Optional.of(LocalDate.of(2024, 6, 3)), Optional.of("评选公告有误")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("selected round");
        assertThatThrownBy(() -> round(false, null, Optional.empty())).isInstanceOf(NullPointerException.class)
                .hasMessage("cancelledOn");
    }
}
