package org.talentregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "身份证11010519491231002X|身份证1101**********002X",
            "身份证 110105 19491231 002X|身份证 1101** ******** 002X",
            "身份证110105 1949 1231 002X|身份证1101** **** **** 002X",
            "身份证 110105-1949-1231-002x|身份证 1101**-****-****-002x",
            "旧证370303800512001号|旧证3703*******2001号",
            "联系电话13912345678|联系电话139******78",
            "联系电话+8613912345678|联系电话+86139******78",
            "联系电话 0086 139 1234 5678|联系电话 0086 139 **** **78",
            "手机 139-1234-5678，欢迎来电|手机 139-****-**78，欢迎来电",
            "手机１３９１２３４５６７８|手机１３９******７８",
            "电话0533-2181234|电话0533-*****34",
            "电话(0533)2181234转8001|电话(0533)*****34转8001",
            "电话（0533）2181234|电话（0533）*****34",
            "电话(0533) 2181234|电话(0533) *****34",
            "电话(0533)-2181234|电话(0533)-*****34",
            "手机 138–0533–1234|手机 138–****–**34",
            "电话 010 62181234|电话 010 ******34",
            "电话 0533 2181234 138 1234 5678|电话 0533 *****34 138 **** **78",
    })
    void masksIdentityNumbersAndPhones_inTheFormsOfficesWriteThem_keepingTheirSeparators(String text, String masked) {
        assertThat(PersonalNumbers.mask(text)).isEqualTo(masked);
        assertThat(PersonalNumbers.holdsOne(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "从事汽车维修二十年，带徒 138 人",
            "证书1337030000400111载明等级技师",
            "统一社会信用代码91370303MA3C0001K0",
            "2016 2017 2018 2019 2020 连续五年获评先进",
            "2018-06-13 至 2018-06-20",
            "第3批，共150人，工号A13912345678",
            "证书T2012-0033",
            "2000年7月1日入职",
    })
    void leavesDatesCountsCodesAndTextAsTheyAre(String text) {
        assertThat(PersonalNumbers.mask(text)).isSameAs(text);
        assertThat(PersonalNumbers.holdsOne(text)).isFalse();
    }
}
