package org.talentregistry.examples;

import java.util.Locale;
import javax.sql.DataSource;
import org.talentregistry.FieldProblem;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.MessageCode;
import org.talentregistry.RegistryException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.Region;
import org.talentregistry.eligibility.Verdict;
import org.talentregistry.jdbc.JdbcRegistryStore;
import org.talentregistry.selection.Nomination;

/**
 * The README's "Languages" snippet, compiled by the build: the region between {@code // README:languages} and
 * {@code // END} is the README's block, whitespace aside. What it takes from its host is a parameter.
 * LanguagesContractTest (registry-jdbc) checks the same texts on every database.
 */
final class LanguageReadmeSnippets {
    private LanguageReadmeSnippets() {
    }

    @SuppressWarnings("unused")
    static void languages(DataSource dataSource, ArtisanId unknownId, Nomination nomination) {
        // README:languages
        TalentRegistry zibo = TalentRegistry.builder(JdbcRegistryStore.create(dataSource)).tenant(TenantId.of("zibo"))
                .locale(Locale.SIMPLIFIED_CHINESE)          // the default; Locale.ENGLISH for English
                .build();
        try {
            zibo.artisans().get(unknownId);
        } catch (RegistryException e) {
            String forStaff = zibo.text(e);                 // 人员42未登记
            String forLogs = e.getMessage();                // artisan 42 is not registered
            MessageCode code = e.message().orElseThrow().code();   // ArtisanRefusal.NOT_FOUND, stable: switch on it
        }
        try {
            Region.of("370303", "张店\u0007区");
        } catch (InvalidFieldException e) {
            String forStaff = zibo.text(e);                 // 字段「region.name」含有控制字符U+0007（第3个字符），不允许
            String forLogs = e.getMessage();                // region.name: must not contain the control character U+0007 (at position 3)
            boolean control = e.problem().code() == FieldProblem.CONTROL_CHARACTER;
        }
        Verdict verdict = nomination.verdict().orElseThrow();
        String zh = verdict.explain(zibo.locale());         // 2018-03-01资格审查结论：待人工核定
                                                            //   【待核定】年龄不超过55周岁（软性条件：不符合只提示，不否决）：2018-03-01时年满59周岁
        String en = verdict.explain();                      // NEEDS_REVIEW as of 2018-03-01
                                                            //   FLAGGED aged 55 or under (soft: flagged, not refused): aged 59 on 2018-03-01
        // END
    }
}
