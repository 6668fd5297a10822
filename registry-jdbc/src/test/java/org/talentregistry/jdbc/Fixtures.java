package org.talentregistry.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import org.talentregistry.TenantId;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.honor.HonorProgramId;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.RoundStage;
import org.talentregistry.spi.RegistryStore;

/** Realistic artisans of Zibo with valid identifiers, whose check characters are computed here. */
final class Fixtures {
    static final Occupation CAR_MECHANIC = Occupation.of("4-12-01-01", "汽车维修工");
    static final Occupation OPTOMETRIST = Occupation.of("4-14-03-01", "眼镜验光员");
    static final Occupation INSIDE_PAINTER = Occupation.of("6-09-03-05", "内画工艺师");
    static final Region ZHANGDIAN = Region.of("370303", "张店区");
    static final Region HUANTAI = Region.of("370321", "桓台县");
    static final Region BOSHAN = Region.of("370304", "博山区");

    private Fixtures() {
    }

    /** Returns an 18-character resident ID with the right check character. */
    static ResidentId residentId(String region, String birthDate, int sequence) {
        return ResidentId.completing(region + birthDate + String.format(java.util.Locale.ROOT, "%03d", sequence));
    }

    /** Returns a credit code with the right check character for a 17-character body. */
    static CreditCode creditCode(String body) {
        return CreditCode.completing(body);
    }

    static Employer carRepairShop() {
        return Employer.of("淄博张店汽车维修有限公司", creditCode("91370303MA3C0001K"));
    }

    static Employer glassesShop() {
        return Employer.of("淄博明亮眼镜有限公司", creditCode("91370321MA3D0002P"));
    }

    static SkillCertificate certificate(SkillLevel level, Occupation occupation, String number, LocalDate issuedOn,
            LocalDate validUntil) {
        return SkillCertificate.builder().level(level).occupation(occupation).number(number)
                .issuer("淄博市人力资源和社会保障局").issuedOn(issuedOn).validUntil(validUntil).build();
    }

    /** A car mechanic, technician since 2012, with an expired senior-worker certificate from 2005. */
    static ArtisanDetails mechanic(int sequence) {
        return ArtisanDetails.builder()
                .name("王建国")
                .residentId(residentId("370303", "19780512", sequence))
                .phone(PhoneNumber.of("13805331234"))
                .employer(carRepairShop())
                .occupation(CAR_MECHANIC)
                .region(ZHANGDIAN)
                .startedInTradeOn(LocalDate.of(1996, 7, 1))
                .addCertificate(certificate(SkillLevel.SENIOR_WORKER, CAR_MECHANIC, "S2005-0101",
                        LocalDate.of(2005, 3, 1), LocalDate.of(2012, 2, 29)))
                .addCertificate(certificate(SkillLevel.TECHNICIAN, CAR_MECHANIC, "T2012-0033",
                        LocalDate.of(2012, 3, 1), null))
                .build();
    }

    /** An optometrist with one senior-worker certificate valid until the end of 2020. */
    static ArtisanDetails optometrist(int sequence) {
        return ArtisanDetails.builder()
                .name("李秀英")
                .residentId(residentId("370321", "19850623", sequence))
                .employer(glassesShop())
                .occupation(OPTOMETRIST)
                .region(HUANTAI)
                .startedInTradeOn(LocalDate.of(2006, 9, 1))
                .addCertificate(certificate(SkillLevel.SENIOR_WORKER, OPTOMETRIST, "S2010-7788",
                        LocalDate.of(2010, 5, 10), LocalDate.of(2020, 12, 31)))
                .build();
    }

    /**
     * Writes, through the store alone, a program of Zibo's and a round of it in public voting, opened at a time: what
     * a test of the vote store needs, with no nominee.
     */
    static RoundId roundInVoting(RegistryStore store, TenantId tenant, Instant openedAt) {
        return store.inTransaction(tenant, s -> {
            HonorProgramId program = s.programs().insert(ProgramDefinition.zibo(), openedAt);
            RoundId id = s.rounds().insert(program, 1, 2018, openedAt);
            s.rounds().setStage(id, RoundStage.PUBLIC_VOTING);
            return id;
        });
    }
}
