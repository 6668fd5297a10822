package org.talentregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void write_null_isJsonNull() {
        assertThat(Json.write(null)).isEqualTo("null");
    }

    @Test
    void write_string_isQuoted() {
        assertThat(Json.write("张店区")).isEqualTo("\"张店区\"");
    }

    @Test
    void write_quote_isEscaped() {
        assertThat(Json.write("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    }

    @Test
    void write_backslash_isEscaped() {
        assertThat(Json.write("C:\\dir\\")).isEqualTo("\"C:\\\\dir\\\\\"");
    }

    @Test
    void write_newlineReturnAndTab_useShortEscapes() {
        assertThat(Json.write("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
    }

    @Test
    void write_otherControlCharacters_useUnicodeEscapes() {
        assertThat(Json.write("\u0000\u0001\b\f\u001f")).isEqualTo("\"\\u0000\\u0001\\u0008\\u000c\\u001f\"");
    }

    @Test
    void write_charactersFromSpaceOn_areKeptAsTheyAre() {
        assertThat(Json.write(" /~\u007f\u00e9İ𠀀")).isEqualTo("\" /~\u007f\u00e9İ𠀀\"");
    }

    @Test
    void write_numbersAndBooleans_areBare() {
        assertThat(Json.write(42)).isEqualTo("42");
        assertThat(Json.write(-7L)).isEqualTo("-7");
        assertThat(Json.write(new BigDecimal("0.15"))).isEqualTo("0.15");
        assertThat(Json.write(true)).isEqualTo("true");
        assertThat(Json.write(false)).isEqualTo("false");
    }

    @Test
    void write_otherObjects_areWrittenAsTheirTextQuoted() {
        assertThat(Json.write(LocalDate.of(2018, 5, 1))).isEqualTo("\"2018-05-01\"");
    }

    @Test
    void write_emptyContainers() {
        assertThat(Json.write(Json.object())).isEqualTo("{}");
        assertThat(Json.write(List.of())).isEqualTo("[]");
    }

    @Test
    void write_object_keepsInsertionOrder() {
        Map<String, Object> o = Json.object();
        o.put("zeta", 1);
        o.put("alpha", 2);
        o.put("mu", 3);

        assertThat(Json.write(o)).isEqualTo("{\"zeta\":1,\"alpha\":2,\"mu\":3}");
    }

    @Test
    void write_nestedObjectsAndLists() {
        Map<String, Object> employer = Json.object();
        employer.put("name", "淄博\"精工\"");
        employer.put("creditCode", "91350100M000100Y43");
        Map<String, Object> certificate = Json.object();
        certificate.put("level", "TECHNICIAN");
        certificate.put("validUntil", null);
        Map<String, Object> o = Json.object();
        o.put("name", "王建国");
        o.put("phone", null);
        o.put("employer", employer);
        o.put("certificates", List.of(certificate, List.of(1, "two"), Arrays.asList(null, true)));

        assertThat(Json.write(o)).isEqualTo("{\"name\":\"王建国\",\"phone\":null,"
                + "\"employer\":{\"name\":\"淄博\\\"精工\\\"\",\"creditCode\":\"91350100M000100Y43\"},"
                + "\"certificates\":[{\"level\":\"TECHNICIAN\",\"validUntil\":null},[1,\"two\"],[null,true]]}");
    }

    @Test
    void write_keys_areEscaped() {
        Map<String, Object> o = Json.object();
        o.put("a\"b\\c\nd", "v");

        assertThat(Json.write(o)).isEqualTo("{\"a\\\"b\\\\c\\nd\":\"v\"}");
    }

    @Test
    void object_isAFreshMutableMapEachTime() {
        Map<String, Object> first = Json.object();
        first.put("k", 1);

        assertThat(Json.object()).isEmpty();
    }
}
