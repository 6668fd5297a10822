package org.talentregistry.spring;

import java.time.LocalDate;
import java.util.Locale;
import org.talentregistry.Actor;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;

/** Test artisans with valid identifiers. */
final class Artisans {
    static final Actor HR = Actor.of("hr-zhang", "张科长");
    private static final Occupation CAR_MECHANIC = Occupation.of("4-12-01-01", "汽车维修工");

    private Artisans() {
    }

    static ResidentId residentId(int sequence) {
        return ResidentId.completing("37030319780512" + String.format(Locale.ROOT, "%03d", sequence));
    }

    static ArtisanDetails mechanic(int sequence) {
        return ArtisanDetails.builder()
                .name("王建国")
                .residentId(residentId(sequence))
                .employer(Employer.of("淄博张店汽车维修有限公司", CreditCode.completing("91370303MA3C0001K")))
                .occupation(CAR_MECHANIC)
                .region(Region.of("370303", "张店区"))
                .startedInTradeOn(LocalDate.of(1996, 7, 1))
                .addCertificate(SkillCertificate.builder().level(SkillLevel.TECHNICIAN).occupation(CAR_MECHANIC)
                        .number("T2012-0033").issuer("淄博市人力资源和社会保障局").issuedOn(LocalDate.of(2012, 3, 1))
                        .build())
                .build();
    }
}
