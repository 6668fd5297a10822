package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.SheetKind;

class ColumnsTest {
    private final Columns artisans = Columns.of(SheetKind.ARTISANS);

    @Test
    void headers_areFoundAsOfficesWriteThem_annotatedInBrackets_brokenOverLines_markedRequired() {
        List<String> headers = List.of("序号", "*姓名", "身份证号码（18位）", "联系电话\n(手机)(选填)", "职业（工种）（必填）",
                "单位\u3000名称", "所在区(县)", "备注（身份证号）");

        Columns.Layout layout = artisans.layout(headers, Map.of(), new ArrayList<>());

        assertThat(layout.index()).containsEntry("name", 1).containsEntry("residentId", 2).containsEntry("phone", 3)
                .containsEntry("occupationName", 4).containsEntry("employerName", 5).containsEntry("regionName", 6)
                .doesNotContainValue(0).doesNotContainValue(7);
        assertThat(layout.header("residentId")).isEqualTo("身份证号码（18位）");
    }

    @Test
    void aHeaderThatIsOnlyANote_namesNoColumn() {
        List<RowProblem> problems = new ArrayList<>();

        Columns.Layout layout = artisans.layout(List.of("（身份证号）", "(姓名)"), Map.of(), problems);

        assertThat(layout.index()).isEmpty();
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.kind()).isEqualTo(RowProblem.Kind.LAYOUT));
    }

    @Test
    void recognized_countsTheDistinctColumnsARowNames_theCallersHeadersIncluded() {
        assertThat(artisans.recognized(List.of("2018年淄博金牌工匠推荐人选名单"), Map.of())).isZero();
        assertThat(artisans.recognized(List.of("填报单位：张店区总工会", "填报日期：2018年2月26日"), Map.of())).isZero();
        assertThat(artisans.recognized(Arrays.asList("姓名", null, "名字", "身份证号", ""), Map.of())).isEqualTo(2);
        assertThat(artisans.recognized(List.of("员工身份证"), Map.of("residentId", "员工身份证"))).isEqualTo(1);
        assertThat(artisans.recognized(List.of("员工身份证"), Map.of("noSuchField", "员工身份证"))).isZero();
    }

    @Test
    void everyFieldReadAsACode_isAFieldOfSomeSheet() {
        assertThat(Columns.CODES).allSatisfy(field -> assertThat(java.util.Arrays.stream(SheetKind.values())
                .map(Columns::of).anyMatch(columns -> columns.field(field) != null)).as(field).isTrue());
    }

    @Test
    void notesAndRepeatedHeaders_areNotRecords_butRowsWhoseFirstCellIsNoNoteLabelAre() {
        Columns priority = Columns.of(SheetKind.PRIORITY_SHEET);
        Columns.Layout layout = priority.layout(List.of("序号", "姓名", "身份证号"), Map.of(), new ArrayList<>());

        assertThat(layout.isNotARecord(List.of("序号", "姓名", "身份证号"))).isTrue();
        assertThat(layout.isNotARecord(Arrays.asList("序号 ", "*姓名", "身份证号", null))).isTrue();
        assertThat(layout.isNotARecord(List.of("填表人：张三", "", "", "联系电话：0533-2181234"))).isTrue();
        assertThat(layout.isNotARecord(List.of("注：以上人员均已核实"))).isTrue();
        assertThat(layout.isNotARecord(List.of("", "合计", "38人"))).isTrue();
        assertThat(layout.isNotARecord(List.of("说明（1）", "王建国"))).isTrue();
        assertThat(layout.isNotARecord(List.of("1", "王建国", "370303197805120132"))).isFalse();
        assertThat(layout.isNotARecord(List.of("合计人数", "370303197805120132"))).isFalse();
        assertThat(layout.isNotARecord(List.of("", "注明远"))).isFalse();
        assertThat(layout.isNotARecord(List.of("序号", "姓名"))).isFalse();
    }

    @Test
    void theTemplatesSample_isARowHoldingEverySampleOfTheSheetsColumns() {
        Columns priority = Columns.of(SheetKind.PRIORITY_SHEET);
        Columns.Layout layout = priority.layout(List.of("序号", "姓名", "身份证号"), Map.of(), new ArrayList<>());

        assertThat(layout.isTheTemplatesSample(List.of("1", "王建国", "370303197805120132"))).isTrue();
        assertThat(layout.isTheTemplatesSample(List.of("1", "王建国", "370303197805120140"))).isFalse();
        assertThat(layout.isTheTemplatesSample(List.of("1", "李明", "370303197805120132"))).isFalse();
        Columns.Layout idOnly = priority.layout(List.of("身份证号"), Map.of(), new ArrayList<>());
        assertThat(idOnly.isTheTemplatesSample(List.of("370303197805120132"))).as("one column is too little to tell")
                .isFalse();
    }

    @Test
    void twoColumnsNamingOneField_theOneNamingItMoreClosely_isReadFirst_whereverItStands() {
        Columns artisans = Columns.of(SheetKind.ARTISANS);
        // An office's landline under 联系电话 left of the mobile under 手机号: the field is the mobile.
        Columns.Layout layout = artisans.layout(List.of("姓名", "联系电话", "手机号"), Map.of(), new ArrayList<>());

        assertThat(layout.value(List.of("王建国", "0533-2181234", "13812345678"), "phone")).contains("13812345678");
        assertThat(layout.value(List.of("王建国", "0533-2181234", ""), "phone")).contains("0533-2181234");
        assertThat(layout.header("phone")).isEqualTo("手机号");
        assertThat(layout.contradicting(List.of("王建国", "0533-2181234", "13812345678"), "phone"))
                .as("another name may hold something else").isEmpty();

        Columns.Layout declared = artisans.layout(List.of("姓名", "手机号", "本人手机"), Map.of("phone", "本人手机"),
                new ArrayList<>());
        assertThat(declared.value(List.of("王建国", "13812345678", "13912345678"), "phone")).contains("13912345678");
    }

    @Test
    void twoColumnsOfOneField_contradict_whenHeadedAlike_orWhenTheyHoldTwoIdentityNumbers() {
        Columns artisans = Columns.of(SheetKind.ARTISANS);
        Columns.Layout pasted = artisans.layout(List.of("身份证号", "姓名", "手机号", "身份证号（18位）", "手机号"),
                Map.of(), new ArrayList<>());

        assertThat(pasted.contradicting(List.of("370303197805120132", "王建国", "13812345678", "370303197805120132",
                "13812345678"), "residentId")).isEmpty();
        assertThat(pasted.contradicting(List.of("370303197805120132", "王建国", "13812345678", "370303197805120132",
                "13912345678"), "phone")).hasValue(4);
        assertThat(pasted.contradicting(List.of("370303197805120132", "王建国", "13812345678", "370303197805120132",
                ""), "phone")).as("a blank copy stands in for nothing").isEmpty();
        assertThat(pasted.contradicting(List.of("11010519491231002X", "王建国", "", "11010519491231002x", "13912345678"),
                "residentId")).as("the same number with a lower-case x").isEmpty();

        Columns.Layout twoNames = artisans.layout(List.of("公民身份号码", "姓名", "证件号码"), Map.of(), new ArrayList<>());
        assertThat(twoNames.contradicting(List.of("370303197805120132", "王建国", "370303197805120140"), "residentId"))
                .as("whose row it is cannot be told").hasValue(2);
        assertThat(twoNames.headerAt(2)).isEqualTo("证件号码");
    }

    @Test
    void twoColumnsNamingOneField_theFirstIsRead_andTheSecondWhereTheFirstIsBlank() {
        Columns nominations = Columns.of(SheetKind.NOMINATIONS);
        Columns.Layout layout = nominations.layout(List.of("身份证号", "推荐单位", "推荐人"), Map.of(), new ArrayList<>());

        assertThat(layout.value(List.of("370303197805120132", "淄博华光眼镜连锁有限公司", ""), "nominator"))
                .contains("淄博华光眼镜连锁有限公司");
        assertThat(layout.value(List.of("370303197805120132", " ", "王建国"), "nominator")).contains("王建国");
        assertThat(layout.value(Arrays.asList("370303197805120132", null), "nominator")).isEmpty();
        assertThat(layout.value(List.of("370303197805120132", "工会", "王建国"), "nominator")).contains("工会");
    }

    @Test
    void columnNames_areTheLettersASpreadsheetProgramShows() {
        assertThat(List.of(0, 3, 25, 26, 51, 52, 701, 702).stream().map(RowFields::columnName))
                .containsExactly("A", "D", "Z", "AA", "AZ", "BA", "ZZ", "AAA");
    }
}
