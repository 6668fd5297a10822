package org.talentregistry.artisan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid values to build artisans from in tests; each test changes only what it is about. */
public final class ArtisanFixtures {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** Birth date of the default artisan. */
    public static final LocalDate BORN = LocalDate.of(1980, 5, 12);
    /** A valid credit code (GB 32100 check character 3). */
    public static final String CREDIT_CODE = "91350100M000100Y43";
    /** A mobile number in its canonical form. */
    public static final String PHONE = "13805331234";

    private ArtisanFixtures() {
    }

    /**
     * Appends the GB 11643 check character to the first 17 characters of a resident identity number.
     *
     * @param first17 six-digit region, birth date YYYYMMDD, three-digit sequence
     * @return the full 18-character number
     */
    public static String withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Returns the number of a man born on a date in Zhangdian district (370303).
     *
     * @param born the birth date
     * @return the 18-character number
     */
    public static String residentIdTextBornOn(LocalDate born) {
        return withCheckCharacter("370303" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + "123");
    }

    /**
     * Returns a resident identity number with a birth date.
     *
     * @param born the birth date
     * @return the number
     */
    public static ResidentId residentIdBornOn(LocalDate born) {
        return ResidentId.of(residentIdTextBornOn(born));
    }

    /** Returns the default artisan's resident identity number, born on {@link #BORN}. */
    public static ResidentId residentId() {
        return residentIdBornOn(BORN);
    }

    public static Employer employer() {
        return Employer.of("淄博市张店区汽车维修有限公司", CreditCode.of(CREDIT_CODE));
    }

    public static Occupation occupation() {
        return Occupation.of("4-12-01-01", "汽车维修工");
    }

    public static Region region() {
        return Region.of("370303", "张店区");
    }

    /**
     * Returns a certificate builder with every required field set.
     *
     * @param level the level
     * @param number the certificate number
     * @param issuedOn the issue date
     * @return the builder, open-ended
     */
    public static SkillCertificate.Builder certificate(SkillLevel level, String number, LocalDate issuedOn) {
        return SkillCertificate.builder()
                .level(level)
                .occupation(occupation())
                .number(number)
                .issuer("淄博市人力资源和社会保障局")
                .issuedOn(issuedOn);
    }

    /**
     * Returns a builder holding valid details with a phone and no certificate.
     *
     * @return the builder
     */
    public static ArtisanDetails.Builder details() {
        return ArtisanDetails.builder()
                .name("王建国")
                .residentId(residentId())
                .phone(PhoneNumber.of(PHONE))
                .employer(employer())
                .occupation(occupation())
                .region(region())
                .startedInTradeOn(LocalDate.of(1998, 9, 1));
    }
}
