package org.talentregistry.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.eligibility.Criterion;
import org.talentregistry.eligibility.Severity;

class TechnicianTitleTest {
    private static final String CODE = "qilu-chief-technician";
    private static final String NAME = "齐鲁首席技师";

    private static TechnicianTitle title(String code, String name, int roundCap, Optional<Integer> maxSelections,
            Optional<Integer> termYears, Map<String, Integer> cityQuotas) {
        return new TechnicianTitle(code, name, List.of(), roundCap, maxSelections, termYears, cityQuotas);
    }

    private static InvalidFieldException refusal(Executable construction) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, construction::execute);
        assertThat(e).as("expected an InvalidFieldException").isNotNull();
        return e;
    }

    @Test
    void ziboChiefTechnician_by2023Rules() {
        TechnicianTitle t = TechnicianTitle.ziboChiefTechnician();

        assertThat(t.code()).isEqualTo("zibo-chief-technician");
        assertThat(t.name()).isEqualTo("淄博市首席技师");
        assertThat(t.roundCap()).isEqualTo(30);
        assertThat(t.termYears()).contains(4);
        assertThat(t.maxSelectionsPerPerson()).contains(2);
        assertThat(t.cityQuotas()).isEmpty();
        assertThat(t.criteria()).contains(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN),
                new Criterion.MaximumAge("age", Severity.SOFT, 50));
        assertThat(t.criteria()).filteredOn(c -> c instanceof Criterion.InService)
                .singleElement().extracting(Criterion::severity).isEqualTo(Severity.HARD);
    }

    @Test
    void ziboChiefTechnician_ageIsSoft_flaggedNotRefused() {
        assertThat(TechnicianTitle.ziboChiefTechnician().criteria()).filteredOn(c -> c instanceof Criterion.MaximumAge)
                .singleElement().satisfies(c -> {
                    assertThat(c.severity()).isEqualTo(Severity.SOFT);
                    assertThat(c.describe()).isEqualTo("aged 50 or under (soft: flagged, not refused)");
                });
    }

    @Test
    void ziboOutstandingContribution_heldForLifeSelectedOnce() {
        TechnicianTitle t = TechnicianTitle.ziboOutstandingContribution();

        assertThat(t.code()).isEqualTo("zibo-outstanding-technician");
        assertThat(t.name()).isEqualTo("淄博市有突出贡献的技师");
        assertThat(t.termYears()).isEmpty();
        assertThat(t.maxSelectionsPerPerson()).contains(1);
        assertThat(t.criteria()).contains(new Criterion.MinimumSkillLevel("level", Severity.HARD, SkillLevel.TECHNICIAN));
    }

    @Test
    void cityQuota_byTheFourDigitPrefixOfTheRegion() {
        TechnicianTitle t = title(CODE, NAME, 100, Optional.empty(), Optional.of(4), Map.of("3703", 5, "3701", 8));

        assertThat(t.cityQuota("370303")).hasValue(5);
        assertThat(t.cityQuota("370302")).hasValue(5);
        assertThat(t.cityQuota("370102")).hasValue(8);
        assertThat(t.cityQuota("370202")).isEmpty();
    }

    @Test
    void constructor_copiesCriteriaAndQuotas() {
        List<Criterion> criteria = new ArrayList<>();
        Map<String, Integer> quotas = new HashMap<>(Map.of("3703", 1));
        TechnicianTitle t = new TechnicianTitle(CODE, NAME, criteria, 10, Optional.empty(), Optional.empty(), quotas);

        criteria.add(new Criterion.InService("in-service", Severity.HARD));
        quotas.put("3701", 2);

        assertThat(t.criteria()).isEmpty();
        assertThat(t.cityQuotas()).containsOnlyKeys("3703");
    }

    @Test
    void constructor_nameIsTrimmed() {
        assertThat(title(CODE, "  " + NAME + " ", 1, Optional.empty(), Optional.empty(), Map.of()).name()).isEqualTo(NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Zibo", "zibo_chief", "-zibo", "首席技师", "a-very-long-title-code-of-forty-one-chars"})
    void constructor_badCode_isRefused(String code) {
        assertThat(refusal(() -> title(code, NAME, 1, Optional.empty(), Optional.empty(), Map.of())).getField())
                .isEqualTo("title.code");
    }

    @Test
    void constructor_blankOrLongName_isRefused() {
        assertThat(refusal(() -> title(CODE, " ", 1, Optional.empty(), Optional.empty(), Map.of())).getField())
                .isEqualTo("title.name");
        assertThat(refusal(() -> title(CODE, "技".repeat(101), 1, Optional.empty(), Optional.empty(), Map.of())).getField())
                .isEqualTo("title.name");
    }

    @Test
    void constructor_roundCapZero_isRefused() {
        assertThat(refusal(() -> title(CODE, NAME, 0, Optional.empty(), Optional.empty(), Map.of())).getField())
                .isEqualTo("title.roundCap");
    }

    @Test
    void constructor_maxSelectionsZero_isRefused() {
        assertThat(refusal(() -> title(CODE, NAME, 1, Optional.of(0), Optional.empty(), Map.of())).getField())
                .isEqualTo("title.maxSelectionsPerPerson");
    }

    @Test
    void constructor_termZero_isRefused() {
        assertThat(refusal(() -> title(CODE, NAME, 1, Optional.empty(), Optional.of(0), Map.of())).getField())
                .isEqualTo("title.termYears");
    }

    @ParameterizedTest
    @ValueSource(strings = {"370", "37030", "0370", "37a3", "370303"})
    void constructor_cityQuotaKeyNotAFourDigitPrefix_isRefused(String city) {
        InvalidFieldException e = refusal(() -> title(CODE, NAME, 1, Optional.empty(), Optional.empty(), Map.of(city, 1)));

        assertThat(e.getField()).isEqualTo("title.cityQuotas");
        assertThat(e.getProblem()).contains(city);
    }

    @Test
    void constructor_cityQuotaZero_isRefused() {
        assertThat(refusal(() -> title(CODE, NAME, 1, Optional.empty(), Optional.empty(), Map.of("3703", 0))).getField())
                .isEqualTo("title.cityQuotas");
    }
}
