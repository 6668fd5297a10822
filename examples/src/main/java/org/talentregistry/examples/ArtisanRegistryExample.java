package org.talentregistry.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.talentregistry.Actor;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanPage;
import org.talentregistry.artisan.ArtisanQuery;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.DuplicateResidentIdException;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.Sex;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;
import org.talentregistry.audit.AuditEvent;
import org.talentregistry.jdbc.EmbeddedRegistry;

/**
 * The first program to run: registers six artisans of Zibo in an embedded H2 database, shows two
 * refused registrations, and prints the registry, a count by skill level and the audit trail.
 *
 * <p>Run it from the project root with {@code mvn -q -pl examples -am test-compile exec:exec
 * -Dexec.mainClass=org.talentregistry.examples.ArtisanRegistryExample}; pass {@code -Dexample.args=path/to/db} to choose the database file (default
 * {@code target/example-db/registry}). The database is deleted at the start of every run, so the
 * program can be run again and again.
 *
 * <p>The people, employers and certificates are made up. Their resident identity numbers and credit
 * codes are nevertheless valid (the check characters are right), because the registry refuses any
 * other.
 */
public final class ArtisanRegistryExample {
    private static final Path DEFAULT_DATABASE = Path.of("target", "example-db", "registry");
    private static final Actor REGISTRAR = Actor.of("zbzgh-registrar-01", "市总工会 张干事");
    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    // Occupation codes are illustrative: use those of the edition of the national occupational
    // classification (职业分类大典) your program follows.
    private static final Occupation CAR_MECHANIC = Occupation.of("4-12-01-01", "汽车维修工");
    private static final Occupation OPTOMETRIST = Occupation.of("4-14-03-01", "眼镜验光员");
    private static final Occupation INSIDE_PAINTER = Occupation.of("6-09-03-05", "内画工艺师");
    private static final Occupation PAPER_CUTTER = Occupation.of("6-09-03-06", "剪纸工艺师");
    private static final Occupation CERAMIST = Occupation.of("6-09-04-01", "陶瓷工艺师");
    private static final Occupation GLASS_ARTISAN = Occupation.of("6-09-04-03", "琉璃工艺师");

    private static final Region ZICHUAN = Region.of("370302", "淄川区");
    private static final Region ZHANGDIAN = Region.of("370303", "张店区");
    private static final Region BOSHAN = Region.of("370304", "博山区");
    private static final Region LINZI = Region.of("370305", "临淄区");
    private static final Region ZHOUCUN = Region.of("370306", "周村区");
    private static final Region HUANTAI = Region.of("370321", "桓台县");

    // Skill certificates issued before the 2019 reform came from the government appraisal centre;
    // later ones come from recognised evaluation bodies.
    private static final String APPRAISAL_CENTRE = "淄博市职业技能鉴定中心";
    private static final String TECHNICIAN_COLLEGE = "淄博市技师学院";
    private static final String CRAFTS_ASSOCIATION = "淄博市工艺美术协会";

    private ArtisanRegistryExample() {
    }

    /**
     * Runs the example and prints to standard output.
     *
     * @param args optionally the database file without its {@code .mv.db} ending; by default
     *     {@code target/example-db/registry} under the working directory
     * @throws IOException if the database of an earlier run cannot be deleted
     */
    public static void main(String[] args) throws IOException {
        QuietLogs.unlessChosen();
        run(args.length > 0 ? Path.of(args[0]) : DEFAULT_DATABASE, System.out);
    }

    /**
     * Runs the example on a database file, deleting whatever an earlier run left there.
     *
     * @param database the database file without its {@code .mv.db} ending, not null
     * @param out where to print, not null
     * @throws IOException if the database of an earlier run cannot be deleted
     */
    public static void run(Path database, PrintStream out) throws IOException {
        startFresh(database, out);
        try (TalentRegistry registry = EmbeddedRegistry.open(database)) {
            LocalDate today = LocalDate.now(registry.clock());
            for (ArtisanDetails details : zibosArtisans()) {
                Artisan artisan = registry.artisans().register(REGISTRAR, details);
                out.println("Registered " + artisan.name() + " as artisan " + artisan.id());
            }
            out.println();
            showRefusals(registry, out);
            out.println();
            printArtisans(registry, today, out);
            out.println();
            long technicians = registry.artisans().count(
                    ArtisanQuery.builder().levelAtLeast(SkillLevel.TECHNICIAN, today).build());
            out.println("Artisans at " + SkillLevel.TECHNICIAN.chineseName() + " or above on " + today + ": "
                    + technicians);
            out.println();
            eraseAtTheirRequest(registry, today, out);
            out.println();
            printLatestAuditEvents(registry, out);
        }
    }

    // H2 appends these endings to the path it is given.
    private static void startFresh(Path database, PrintStream out) throws IOException {
        Path data = database.resolveSibling(database.getFileName() + ".mv.db");
        Path trace = database.resolveSibling(database.getFileName() + ".trace.db");
        boolean existed = Files.deleteIfExists(data);
        Files.deleteIfExists(trace);
        out.println("Starting from a fresh database: " + data.toAbsolutePath()
                + (existed ? " (the previous run's database was deleted)" : ""));
        out.println();
    }

    private static List<ArtisanDetails> zibosArtisans() {
        return List.of(
                ArtisanDetails.builder()
                        .name("王建军")
                        .residentId(ResidentId.of("370305197804120037"))
                        .phone(PhoneNumber.of("13905331234"))
                        .employer(Employer.of("淄博临淄鑫达汽修有限公司", CreditCode.of("91370305MA3C8K2Q72")))
                        .occupation(CAR_MECHANIC)
                        .region(LINZI)
                        .startedInTradeOn(LocalDate.of(1996, 7, 1))
                        .addCertificate(certificate(SkillLevel.SENIOR_WORKER, CAR_MECHANIC, "0637030000300412",
                                APPRAISAL_CENTRE, LocalDate.of(2006, 6, 20), LocalDate.of(2016, 6, 19)))
                        .addCertificate(certificate(SkillLevel.TECHNICIAN, CAR_MECHANIC, "1537030000200187",
                                APPRAISAL_CENTRE, LocalDate.of(2015, 11, 5), null))
                        .build(),
                // Her technician certificate lapsed, so as of today she counts as a senior worker.
                ArtisanDetails.builder()
                        .name("李秀梅")
                        .residentId(ResidentId.of("370303198509230040"))
                        .phone(PhoneNumber.of("0533-2181234"))
                        .employer(Employer.of("淄博明目眼镜有限公司", CreditCode.of("91370303MA3D5N7B9B")))
                        .occupation(OPTOMETRIST)
                        .region(ZHANGDIAN)
                        .startedInTradeOn(LocalDate.of(2005, 3, 1))
                        .addCertificate(certificate(SkillLevel.SENIOR_WORKER, OPTOMETRIST, "1137030000300956",
                                APPRAISAL_CENTRE, LocalDate.of(2011, 5, 18), null))
                        .addCertificate(certificate(SkillLevel.TECHNICIAN, OPTOMETRIST, "S2020-370300-0231",
                                TECHNICIAN_COLLEGE, LocalDate.of(2020, 12, 10), LocalDate.of(2025, 12, 9)))
                        .build(),
                ArtisanDetails.builder()
                        .name("张立新")
                        .residentId(ResidentId.of("370304196902280017"))
                        .phone(PhoneNumber.of("13853312468"))
                        .employer(Employer.of("博山雅韵内画艺术有限公司", CreditCode.of("91370304164106231X")))
                        .occupation(INSIDE_PAINTER)
                        .region(BOSHAN)
                        .startedInTradeOn(LocalDate.of(1986, 9, 1))
                        .addCertificate(certificate(SkillLevel.TECHNICIAN, INSIDE_PAINTER, "0937030000200045",
                                APPRAISAL_CENTRE, LocalDate.of(2009, 10, 15), LocalDate.of(2019, 10, 14)))
                        .addCertificate(certificate(SkillLevel.SENIOR_TECHNICIAN, INSIDE_PAINTER,
                                "S2019-370300-0007", CRAFTS_ASSOCIATION, LocalDate.of(2019, 9, 20), null))
                        .build(),
                ArtisanDetails.builder()
                        .name("刘翠英")
                        .residentId(ResidentId.of("370306197206150021"))
                        .employer(Employer.of("周村巧手剪纸艺术有限公司", CreditCode.of("91370306MA3F2R6T6T")))
                        .occupation(PAPER_CUTTER)
                        .region(ZHOUCUN)
                        .startedInTradeOn(LocalDate.of(1990, 4, 1))
                        .addCertificate(certificate(SkillLevel.INTERMEDIATE_WORKER, PAPER_CUTTER,
                                "1037030000400318", APPRAISAL_CENTRE, LocalDate.of(2010, 7, 2), null))
                        .addCertificate(certificate(SkillLevel.SENIOR_WORKER, PAPER_CUTTER, "S2017-370300-0152",
                                CRAFTS_ASSOCIATION, LocalDate.of(2017, 6, 1), null))
                        .build(),
                ArtisanDetails.builder()
                        .name("孙志强")
                        .residentId(ResidentId.of("370302197503080052"))
                        .phone(PhoneNumber.of("15006431357"))
                        .employer(Employer.of("淄川瓷韵陶瓷有限公司", CreditCode.of("91370302164022185W")))
                        .occupation(CERAMIST)
                        .region(ZICHUAN)
                        .startedInTradeOn(LocalDate.of(1993, 8, 16))
                        .addCertificate(certificate(SkillLevel.SENIOR_WORKER, CERAMIST, "0337030000300077",
                                APPRAISAL_CENTRE, LocalDate.of(2003, 4, 25), LocalDate.of(2013, 4, 24)))
                        .addCertificate(certificate(SkillLevel.TECHNICIAN, CERAMIST, "1237030000200066",
                                APPRAISAL_CENTRE, LocalDate.of(2012, 10, 30), null))
                        .addCertificate(certificate(SkillLevel.SENIOR_TECHNICIAN, CERAMIST, "S2021-370300-0019",
                                CRAFTS_ASSOCIATION, LocalDate.of(2021, 11, 30), LocalDate.of(2031, 11, 29)))
                        .build(),
                ArtisanDetails.builder()
                        .name("陈立伟")
                        .residentId(ResidentId.of("370304198201170033"))
                        .employer(Employer.of("博山晶彩琉璃有限公司", CreditCode.of("91370304MA3E9L4W9D")))
                        .occupation(GLASS_ARTISAN)
                        .region(BOSHAN)
                        .startedInTradeOn(LocalDate.of(2000, 3, 1))
                        .addCertificate(certificate(SkillLevel.TECHNICIAN, GLASS_ARTISAN, "S2023-370300-0088",
                                TECHNICIAN_COLLEGE, LocalDate.of(2023, 6, 15), null))
                        .build());
    }

    private static SkillCertificate certificate(SkillLevel level, Occupation occupation, String number, String issuer,
            LocalDate issuedOn, LocalDate validUntil) {
        return SkillCertificate.builder()
                .level(level)
                .occupation(occupation)
                .number(number)
                .issuer(issuer)
                .issuedOn(issuedOn)
                .validUntil(validUntil)
                .build();
    }

    private static void showRefusals(TalentRegistry registry, PrintStream out) {
        out.println("Registering 赵海涛, whose identity number has a typo in its last character:");
        try {
            registry.artisans().register(REGISTRAR, ArtisanDetails.builder()
                    .name("赵海涛")
                    .residentId(ResidentId.of("370321198811250016"))
                    .employer(Employer.of("桓台顺通汽车服务有限公司", CreditCode.of("91370321MA3B7H1N14")))
                    .occupation(CAR_MECHANIC)
                    .region(HUANTAI)
                    .startedInTradeOn(LocalDate.of(2007, 9, 1))
                    .build());
        } catch (InvalidFieldException e) {
            out.println("  refused: " + e.getMessage());
        }

        out.println("Registering 王建军 a second time, as nominated by his trade union:");
        try {
            registry.artisans().register(REGISTRAR, zibosArtisans().get(0));
        } catch (DuplicateResidentIdException e) {
            out.println("  refused: " + e.getMessage());
        }
    }

    /**
     * One of them asks that the registry erase their identity number (PIPL Art. 47): it keeps only the
     * number's keyed hash, so the number still finds the person and cannot be registered again.
     */
    private static void eraseAtTheirRequest(TalentRegistry registry, LocalDate today, PrintStream out) {
        ResidentId number = zibosArtisans().get(5).residentId().orElseThrow();
        Artisan asking = registry.artisans().findByResidentId(number).orElseThrow();
        Artisan erased = registry.personalData().eraseIdentityNumber(REGISTRAR, asking.id(), "删除申请 2024-017");
        out.println(erased.name() + " asked that the registry erase their identity number (删除申请 2024-017):");
        out.println("  stored now: " + erased.details());
        Artisan found = registry.artisans().findByResidentId(number).orElseThrow();
        out.println("  looked up by the number, which only its keyed hash still matches: artisan " + found.id()
                + " " + found.name() + ", aged " + found.ageOn(today) + " by the birth date kept");
        try {
            registry.artisans().register(REGISTRAR, zibosArtisans().get(5));
        } catch (DuplicateResidentIdException e) {
            out.println("  registering the number again: refused: " + e.getMessage());
        }
    }

    private static void printArtisans(TalentRegistry registry, LocalDate today, PrintStream out) {
        TextTable table = new TextTable(
                "id", "name", "resident ID", "sex", "age", "occupation", "district", "employer", "level",
                "in trade");
        ArtisanQuery query = ArtisanQuery.all();
        ArtisanPage page = registry.artisans().list(query);
        addRows(table, page, today);
        while (page.hasNext()) {
            page = registry.artisans().list(query.after(page.nextCursor().orElseThrow()));
            addRows(table, page, today);
        }
        out.println("The registry on " + today + ": resident IDs masked, level by the certificates valid today, "
                + "full years in the trade:");
        table.print(out, "");
    }

    private static void addRows(TextTable table, ArtisanPage page, LocalDate today) {
        for (Artisan artisan : page.artisans()) {
            ArtisanDetails details = artisan.details();
            Optional<ResidentId> residentId = artisan.residentId();
            table.addRow(
                    artisan.id().toString(),
                    artisan.name(),
                    residentId.map(ResidentId::toString).orElse("（已删除）"),
                    residentId.map(r -> r.sex() == Sex.MALE ? "男" : "女").orElse("-"),
                    Integer.toString(artisan.ageOn(today)),
                    details.occupation().name(),
                    details.region().name(),
                    details.employer().name(),
                    artisan.levelAsOf(today).map(SkillLevel::chineseName).orElse("-"),
                    Integer.toString(artisan.yearsInTradeAsOf(today)));
        }
    }

    private static void printLatestAuditEvents(TalentRegistry registry, PrintStream out) {
        ZoneId zone = registry.clock().getZone();
        TextTable table = new TextTable("#", "time (" + zone + ")", "action", "actor", "entity");
        for (AuditEvent event : registry.audit().latest(5)) {
            table.addRow(
                    Long.toString(event.sequence()),
                    AUDIT_TIME.format(event.occurredAt().atZone(zone)),
                    event.action(),
                    event.actor().displayName() + " (" + event.actor().id() + ")",
                    event.entityType() + " " + event.entityId());
        }
        out.println("Latest audit events, newest first (the refused registrations wrote none):");
        table.print(out, "");
    }
}
