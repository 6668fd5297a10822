package org.talentregistry.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeListTest {
    @Test
    void aMeritSummaryKeptWithANumberInIt_isPublishedMasked_inTheTextAndTheCsv() {
        // A summary recorded before the check knew this form, or written to the store by another path.
        NoticeEntry kept = new NoticeEntry(1, "王建国", "淄博张店汽车维修有限公司", "汽车维修工", "淄博金牌工匠",
                Optional.of("从事汽车维修二十年，联系电话+8613912345678，身份证110105 1949 1231 002X"));
        NoticeList list = new NoticeList(RoundId.of(3), "淄博金牌工匠", 2018, LocalDate.of(2018, 6, 13),
                LocalDate.of(2018, 6, 20), 5, "向主办单位书面实名提出", true, List.of(kept));

        String csv = new String(list.toCsv(), StandardCharsets.UTF_8);

        for (String published : List.of(list.toText(), csv)) {
            assertThat(published).contains("从事汽车维修二十年，联系电话+86139******78，身份证1101** **** **** 002X")
                    .doesNotContain("13912345678", "1949 1231");
        }
    }
}
