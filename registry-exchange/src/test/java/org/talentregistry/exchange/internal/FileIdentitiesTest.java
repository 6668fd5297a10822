package org.talentregistry.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;

class FileIdentitiesTest {
    private static ArtisanDetails details(ResidentId id, String employer, String phone, String certificate) {
        ArtisanDetails.Builder b = ArtisanDetails.builder().name("工匠").residentId(id)
                .employer(Employer.of(employer, CreditCode.of("91370303MA3C0001K0")))
                .occupation(Occupation.of("4-12-01-01", "汽车维修工")).region(Region.of("370303", "张店区"))
                .startedInTradeOn(LocalDate.of(2000, 7, 1))
                .certificates(List.of(SkillCertificate.builder().level(SkillLevel.TECHNICIAN)
                        .occupation(Occupation.of("4-12-01-01", "汽车维修工")).number(certificate)
                        .issuer("淄博市人力资源和社会保障局").issuedOn(LocalDate.of(2012, 3, 1)).build()));
        if (phone != null) {
            b.phone(PhoneNumber.of(phone));
        }
        return b.build();
    }

    @Test
    void aLaterRowOfThePerson_mayAddCertificatesAndLeaveThePhoneBlank_butMustAgreeOtherwise() {
        FileIdentities seen = new FileIdentities();
        ResidentId id = residentId(1);

        assertThat(seen.disagreeingRow(id, details(id, "华光", "13812345678", "T1"), 2)).isEqualTo(-1);
        assertThat(seen.disagreeingRow(id, details(id, "华光", "13812345678", "T2"), 9)).as("a further certificate")
                .isEqualTo(-1);
        assertThat(seen.disagreeingRow(id, details(id, "华光", null, "T3"), 12)).as("the phone left blank").isEqualTo(-1);
        assertThat(seen.disagreeingRow(id, details(id, "鲁中", "13812345678", "T4"), 15)).as("another employer")
                .isEqualTo(2);
        assertThat(seen.disagreeingRow(id, details(id, "华光", "13912345678", "T5"), 18)).as("another phone")
                .isEqualTo(2);

        ResidentId blankPhone = residentId(2);
        seen.disagreeingRow(blankPhone, details(blankPhone, "华光", null, "T1"), 3);
        assertThat(seen.disagreeingRow(blankPhone, details(blankPhone, "华光", "13812345678", "T1"), 30))
                .as("a phone where the first row had none, as within a batch").isEqualTo(3);
    }

    @Test
    void manyPeople_areEachRememberedWithTheirOwnFirstRow() {
        FileIdentities seen = new FileIdentities();
        for (int i = 0; i < 5000; i++) {
            ResidentId id = residentId(i);
            assertThat(seen.disagreeingRow(id, details(id, "华光", null, "T" + i), 10 + i)).isEqualTo(-1);
        }
        assertThat(seen.size()).isEqualTo(5000);
        for (int i = 0; i < 5000; i += 7) {
            ResidentId id = residentId(i);
            assertThat(seen.disagreeingRow(id, details(id, "鲁中", null, "T"), 99_999)).isEqualTo(10 + i);
        }
    }

    private static ResidentId residentId(int i) {
        return ResidentId.completing("370303" + (1970 + i / 900) + "0101" + String.format(java.util.Locale.ROOT, "%03d",
                i % 900 + 1));
    }
}
