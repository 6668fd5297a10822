package org.talentregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanFixtures;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;

class ArtisanSnapshotsTest {

    @Test
    void masked_isTheJsonOfTheMaskedFields_asTheAuditTrailKeepsThem() {
        ArtisanDetails d = ArtisanFixtures.details()
                .name("王\"师傅\"")
                .phone(PhoneNumber.of(ArtisanFixtures.PHONE))
                .employer(Employer.of("淄博\\试点", CreditCode.withChecksumOverride("91350100M000100Y44", "早期试点\n代码")))
                .certificates(List.of(
                        ArtisanFixtures.certificate(SkillLevel.TECHNICIAN, "ZB-1", LocalDate.of(2015, 3, 1)).build(),
                        ArtisanFixtures.certificate(SkillLevel.SENIOR_WORKER, "ZB-2", LocalDate.of(2010, 3, 1))
                                .validUntil(LocalDate.of(2030, 1, 1)).build()))
                .build();

        String json = ArtisanSnapshots.masked(d);

        assertThat(json).isEqualTo(Json.write(asMaps(d)));
        assertThat(json).doesNotContain(d.residentId().orElseThrow().value(), ArtisanFixtures.PHONE)
                .contains(d.residentId().orElseThrow().masked(), "\"checksumOverride\":\"早期试点\\n代码\"", "\"validUntil\":null");
    }

    @Test
    void masked_withoutPhoneOrCertificates_writesNullAndAnEmptyList() {
        ArtisanDetails d = ArtisanFixtures.details().phone(null).certificates(List.of()).build();

        assertThat(ArtisanSnapshots.masked(d)).isEqualTo(Json.write(asMaps(d)))
                .contains("\"phone\":null", "\"certificates\":[]");
    }

    /** The snapshot as maps and lists, the way it was built before it was written directly. */
    private static Map<String, Object> asMaps(ArtisanDetails d) {
        Map<String, Object> o = Json.object();
        o.put("name", d.name());
        o.put("residentId", d.residentId().orElseThrow().masked());
        o.put("phone", d.phone().map(PhoneNumber::masked).orElse(null));
        Map<String, Object> employer = Json.object();
        employer.put("name", d.employer().name());
        employer.put("creditCode", d.employer().creditCode().value());
        d.employer().creditCode().overrideReason().ifPresent(r -> employer.put("checksumOverride", r));
        o.put("employer", employer);
        o.put("occupation", d.occupation().code() + " " + d.occupation().name());
        o.put("region", d.region().code() + " " + d.region().name());
        o.put("startedInTradeOn", d.startedInTradeOn().toString());
        o.put("certificates", d.certificates().stream().map(ArtisanSnapshotsTest::certificate).toList());
        return o;
    }

    private static Object certificate(SkillCertificate c) {
        Map<String, Object> o = Json.object();
        o.put("level", c.level().name());
        o.put("occupation", c.occupation().code());
        o.put("number", c.number());
        o.put("issuer", c.issuer());
        o.put("issuedOn", c.issuedOn().toString());
        o.put("validUntil", c.validUntil().map(Object::toString).orElse(null));
        return o;
    }
}
