package org.talentregistry.examples.spring;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.talentregistry.Actor;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.exchange.ImportReport;
import org.talentregistry.honor.HonorProgram;
import org.talentregistry.honor.ProgramDefinition;
import org.talentregistry.selection.SelectionRound;

/**
 * A union's application desk as a Spring Boot host: its own table written with MyBatis, the registry from
 * the starter, one {@code @Transactional} service for both ({@link SelfNominationService}).
 *
 * <p>Run it with {@code TALENT_REGISTRY_VOTING_SECRET=... mvn -q -pl examples-spring-boot -am test-compile
 * exec:exec}: it opens a round on an
 * in-memory H2 database, takes one application, refuses one for a round that is closed, imports a district's
 * list of applicants as a spreadsheet ({@link ApplicantListService}), and prints what each left behind. Set
 * {@code TALENT_REGISTRY_VOTING_SECRET} first: the registry votes, and a host without a vote secret does not
 * start.
 */
@SpringBootApplication
public class CraftsmanApplicationsApp {
    /** The union office that runs the program. */
    public static final Actor UNION = Actor.of("union-office", "市总工会办公室");

    /**
     * Runs the example.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = SpringApplication.run(CraftsmanApplicationsApp.class, args)) {
            TalentRegistry zibo = context.getBean(TalentRegistry.class);
            SelfNominationService desk = context.getBean(SelfNominationService.class);
            ApplicationMapper applications = context.getBean(ApplicationMapper.class);

            HonorProgram program = zibo.programs().define(UNION, ProgramDefinition.zibo());
            SelectionRound round = zibo.rounds().open(UNION, program.id(), 2018);
            SelfNominationService.Receipt receipt = desk.apply(new SelfNomination(round.id(), mechanic(1)));
            System.out.println("accepted: " + receipt + ", host row " + applications.find(receipt.applicationId()));

            zibo.rounds().closeNominations(UNION, round.id());
            try {
                desk.apply(new SelfNomination(round.id(), mechanic(2)));
            } catch (RuntimeException e) {
                System.out.println("refused: " + e.getMessage());
            }
            System.out.println("host rows: " + applications.count() + ", artisan 2 registered: "
                    + zibo.artisans().findByResidentId(residentId(2)).isPresent());

            // A district office's list of applicants: the registered one is matched, the others registered, and
            // the upload recorded, in one transaction.
            ImportReport report = context.getBean(ApplicantListService.class).importList(applicantList(1, 2, 3, 4),
                    "张店区申报名单");
            System.out.println("list imported: " + report + "; host rows: " + applications.count());
        }
    }

    /**
     * Returns a district's list of applicants as its office's software writes it (GBK CSV): the car mechanics
     * of {@link #mechanic}, without their certificates.
     *
     * @param sequences their resident IDs' sequences, 1 to 999
     * @return the file's bytes
     */
    public static byte[] applicantList(int... sequences) {
        StringBuilder csv = new StringBuilder("姓名,身份证号,工作单位,统一社会信用代码,职业（工种）,职业代码,所在区县,区县代码,参加工作时间\r\n");
        for (int i : sequences) {
            csv.append("王建国,").append(residentId(i).value())
                    .append(",淄博张店汽车维修有限公司,91370303MA3C0001K0,汽车维修工,4-12-01-01,张店区,370303,1996-07-01\r\n");
        }
        return csv.toString().getBytes(Charset.forName("GBK"));
    }

    /**
     * Returns a resident ID of Zhangdian district with the right check character.
     *
     * @param sequence 1 to 999
     * @return the ID
     */
    public static ResidentId residentId(int sequence) {
        return ResidentId.completing("37030319780512" + String.format(Locale.ROOT, "%03d", sequence));
    }

    /**
     * Returns a car mechanic, technician since 2012.
     *
     * @param sequence distinguishes the resident ID, 1 to 999
     * @return the details
     */
    public static ArtisanDetails mechanic(int sequence) {
        Occupation carMechanic = Occupation.of("4-12-01-01", "汽车维修工");
        return ArtisanDetails.builder()
                .name("王建国")
                .residentId(residentId(sequence))
                .employer(Employer.of("淄博张店汽车维修有限公司", CreditCode.completing("91370303MA3C0001K")))
                .occupation(carMechanic)
                .region(Region.of("370303", "张店区"))
                .startedInTradeOn(LocalDate.of(1996, 7, 1))
                .addCertificate(SkillCertificate.builder().level(SkillLevel.TECHNICIAN).occupation(carMechanic)
                        .number("T2012-0033").issuer("淄博市人力资源和社会保障局").issuedOn(LocalDate.of(2012, 3, 1))
                        .build())
                .build();
    }
}
