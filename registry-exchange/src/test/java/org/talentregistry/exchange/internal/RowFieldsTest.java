package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowFieldsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "370303197001010018|3703**********0018",
            "身份证：３７０３０３１９７００１０１００１８。|身份证：3703**********0018。",
            "370303 19700101 0018|3703** ******** 0018",
            "37030319700101001X、370303700101001|3703**********001X、3703*******1001",
            "13812345678|138******78",
            "身份证110105 1949 1231 002X|身份证1101** **** **** 002X",
            "0086 139 1234 5678|0086 139 **** **78",
            "手机 138 1234 5678|手机 138 **** **78",
            "+8613912345678，或86-139-1234-5678|+86139******78，或86-139-****-**78",
            "电话0533-2181234|电话0533-*****34",
            "(0533)2181234 转 8001|(0533)*****34 转 8001",
            "202.110.1.7|202.***.*.*",
            "来自 2001:db8::17 的投票|来自 2001:***::** 的投票",
            "fe80:0000:0000:0000:0204:61ff:fe9d:f156|fe80:****:****:****:****:****:****:****",
    })
    void maskStray_masksIdentityNumbersPhonesAndAddressesInTheFormsOfficesWriteThem(String value, String masked) {
        assertThat(RowFields.maskStray(value)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2018-03-01 10:01:00",
            "10:01:00",
            "2018.06.13",
            "1337030000400111",
            "第3批，共150人",
            "91370303MA3C0001K0",
            "4-12-01-01",
            "2000年7月1日",
            "淄博张店汽车维修有限公司",
    })
    void maskStray_leavesDatesTimesCodesAndTextAsTheyAre(String value) {
        assertThat(RowFields.maskStray(value)).isSameAs(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"王建国\",\"residentId\":\"3703**********0018\",\"phone\":\"138****5678\"}",
            "{\"creditCode\":\"91370303MA3C0001K0\",\"startedInTradeOn\":\"2000-07-01\",\"at\":\"2018-03-01T02:00:00.123456Z\"}",
    })
    void anAuditSnapshotAsTheTrailKeepsIt_isToldApartWithoutThePattern(String json) {
        assertThat(RowFields.mayHoldStray(json)).isFalse();
    }
}
