package org.talentregistry.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.talentregistry.InvalidFieldException;

class IssuingRegionTest {

    @Test
    void city_coversItsDistricts_notItsNeighbours() {
        IssuingRegion zibo = IssuingRegion.of("370300");

        assertThat(zibo.isProvince()).isFalse();
        assertThat(zibo.covers("370303")).isTrue();
        assertThat(zibo.covers("370300")).isTrue();
        assertThat(zibo.covers("370702")).isFalse();
        assertThat(zibo.covers(IssuingRegion.of("370000"))).isFalse();
    }

    @Test
    void province_coversItsCitiesAndDistricts() {
        IssuingRegion shandong = IssuingRegion.of("370000");

        assertThat(shandong.isProvince()).isTrue();
        assertThat(shandong.covers("370303")).isTrue();
        assertThat(shandong.covers(IssuingRegion.of("370700"))).isTrue();
        assertThat(shandong.covers("440305")).isFalse();
    }

    @Test
    void cityOf_aDistrict_isItsCity() {
        assertThat(IssuingRegion.cityOf("370303")).isEqualTo(IssuingRegion.of("370300"));
        assertThat(IssuingRegion.cityOf("370702").code()).isEqualTo("370700");
    }

    @ParameterizedTest
    @ValueSource(strings = {"370303", "37030", "3703000", "070300", "37a300", " ", "370000x"})
    void of_notACityOrProvince_isRefusedNamingTheField(String code) {
        assertThatThrownBy(() -> IssuingRegion.of(code)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.getField()).isEqualTo("region"));
    }

    @Test
    void render_saysCityOrProvince_inChineseAndEnglish() {
        assertThat(IssuingRegion.of("370300").render(Locale.CHINA)).isEqualTo("市（区划代码 370300）");
        assertThat(IssuingRegion.of("370300").en()).isEqualTo("city 370300");
        assertThat(IssuingRegion.of("370000").zh()).isEqualTo("省（区划代码 370000）");
        assertThat(IssuingRegion.of("370000").render(Locale.FRENCH)).isEqualTo("province 370000");
    }
}
