package org.talentregistry.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.Sex;
import org.talentregistry.artisan.SkillCertificate;
import org.talentregistry.artisan.SkillLevel;

/**
 * The made-up people, employers and experts of the Zibo example, generated from a seed so that every run
 * prints the same story. Names, identity numbers and credit codes are invented, but the numbers carry
 * the right check characters (GB 11643 and GB 32100), because the registry refuses any other.
 */
final class ZiboField {
    // Occupation codes are illustrative: use those of the edition of the national occupational
    // classification (职业分类大典) your program follows.
    private static final Trade CAR_MECHANIC = new Trade("4-12-01-01", "汽车维修工", 0.10);
    private static final Trade OPTOMETRIST = new Trade("4-14-03-01", "眼镜验光员", 0.55);
    private static final Trade INSIDE_PAINTER = new Trade("6-09-03-05", "内画工艺师", 0.45);
    private static final Trade PAPER_CUTTER = new Trade("6-09-03-06", "剪纸工艺师", 0.70);
    private static final Trade CERAMIST = new Trade("6-09-04-01", "陶瓷工艺师", 0.35);
    private static final Trade GLASS_ARTISAN = new Trade("6-09-04-03", "琉璃工艺师", 0.30);
    private static final Trade WELDER = new Trade("6-18-02-04", "焊工", 0.05);
    private static final Trade FITTER = new Trade("6-20-01-01", "钳工", 0.08);
    private static final Trade ELECTRICIAN = new Trade("6-31-01-03", "电工", 0.08);
    private static final Trade CNC_TURNER = new Trade("6-18-01-01", "数控车工", 0.15);
    private static final Trade COOK = new Trade("4-03-02-01", "厨师", 0.20);
    private static final Trade PASTRY_COOK = new Trade("4-03-02-02", "面点师", 0.60);
    private static final Trade TEXTILE_WORKER = new Trade("6-04-02-01", "纺织工", 0.75);
    private static final Trade CHEMICAL_OPERATOR = new Trade("6-11-01-01", "化工操作工", 0.12);

    private static final District ZICHUAN = new District("370302", "淄川区");
    private static final District ZHANGDIAN = new District("370303", "张店区");
    private static final District BOSHAN = new District("370304", "博山区");
    private static final District LINZI = new District("370305", "临淄区");
    private static final District ZHOUCUN = new District("370306", "周村区");
    private static final District HUANTAI = new District("370321", "桓台县");
    private static final District GAOQING = new District("370322", "高青县");
    private static final District YIYUAN = new District("370323", "沂源县");
    private static final List<District> DISTRICTS =
            List.of(ZICHUAN, ZHANGDIAN, BOSHAN, LINZI, ZHOUCUN, HUANTAI, GAOQING, YIYUAN);

    private static final String[] SURNAMES = {
        "王", "张", "李", "刘", "陈", "杨", "赵", "孙", "高", "徐", "马", "于", "董", "田", "韩", "毕", "翟", "路",
        "蒲", "周", "吴", "郭", "宋", "司", "石", "焦", "袁", "崔", "魏", "任", "邢", "耿", "贾", "岳", "常", "房"};
    private static final String MALE_GIVEN = "建国军伟强明立新志海涛永刚宏平东峰磊波金德振庆华文斌学成兆";
    private static final String FEMALE_GIVEN = "秀梅丽芳静玉霞红燕萍翠英娟敏艳慧琳雪晓云凤兰洁莉";
    private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // Before the 2019 reform, skill certificates came from the government appraisal centre.
    private static final String APPRAISAL_CENTRE = "淄博市职业技能鉴定中心";

    private final Random random;
    private final List<Workplace> workplaces = new ArrayList<>();
    private final List<Expert> academics = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedResidentIds = new HashSet<>();
    private int certificateSequence = 100;

    ZiboField(long seed) {
        this.random = new Random(seed);
        workplace("淄博张店宏达汽车维修有限公司", ZHANGDIAN, CAR_MECHANIC);
        workplace("淄博华光眼镜连锁有限公司", ZHANGDIAN, OPTOMETRIST);
        workplace("淄博张店明睛视光眼镜店有限公司", ZHANGDIAN, OPTOMETRIST);
        workplace("淄博新华数控机床有限公司", ZHANGDIAN, CNC_TURNER, FITTER);
        workplace("淄博鲁中电力工程有限公司", ZHANGDIAN, ELECTRICIAN);
        workplace("淄博张店悦来大酒店有限公司", ZHANGDIAN, COOK, PASTRY_COOK);
        workplace("淄博淄川瓷韵陶瓷有限公司", ZICHUAN, CERAMIST);
        workplace("淄博淄川恒信机械制造有限公司", ZICHUAN, WELDER, FITTER);
        workplace("淄博淄川金泉纺织有限公司", ZICHUAN, TEXTILE_WORKER);
        workplace("淄博博山晶彩琉璃有限公司", BOSHAN, GLASS_ARTISAN);
        workplace("淄博博山雅韵内画艺术有限公司", BOSHAN, INSIDE_PAINTER);
        workplace("淄博博山颜神陶琉艺术品有限公司", BOSHAN, CERAMIST, GLASS_ARTISAN, INSIDE_PAINTER);
        workplace("淄博博山鲁菜文化餐饮有限公司", BOSHAN, COOK);
        workplace("淄博博山精工泵业有限公司", BOSHAN, FITTER, WELDER, CNC_TURNER);
        workplace("淄博临淄海川化工有限公司", LINZI, CHEMICAL_OPERATOR, ELECTRICIAN);
        workplace("淄博临淄通达汽车服务有限公司", LINZI, CAR_MECHANIC);
        workplace("淄博临淄石化装备安装有限公司", LINZI, WELDER, ELECTRICIAN);
        workplace("淄博周村丝路纺织有限公司", ZHOUCUN, TEXTILE_WORKER);
        workplace("淄博周村古商城剪纸艺术有限公司", ZHOUCUN, PAPER_CUTTER);
        workplace("淄博周村香酥烧饼食品有限公司", ZHOUCUN, PASTRY_COOK);
        workplace("淄博桓台金诚化工有限公司", HUANTAI, CHEMICAL_OPERATOR);
        workplace("淄博桓台顺通汽车服务有限公司", HUANTAI, CAR_MECHANIC);
        workplace("淄博桓台供电服务有限公司", HUANTAI, ELECTRICIAN);
        workplace("淄博高青黄河纺织有限公司", GAOQING, TEXTILE_WORKER);
        workplace("淄博高青宏利机械有限公司", GAOQING, CNC_TURNER, WELDER);
        workplace("淄博高青千乘剪纸文化有限公司", GAOQING, PAPER_CUTTER);
        workplace("淄博沂源鲁山化工有限公司", YIYUAN, CHEMICAL_OPERATOR);
        workplace("淄博沂源沂河宾馆有限公司", YIYUAN, COOK, PASTRY_COOK);
        workplace("淄博沂源精工机械有限公司", YIYUAN, FITTER, CNC_TURNER);
        CreditCode college = creditCode("12", "370300");
        academic("淄博市技师学院", college);
        academic("淄博职业学院", creditCode("12", "370300"));
        academic("山东理工大学", creditCode("12", "370000"));
        academic("淄博市工艺美术协会", creditCode("51", "370300"));
        academic("淄博市职业技能鉴定中心", creditCode("12", "370300"));
        academic("淄博市总工会劳模工匠服务中心", creditCode("12", "370300"));
        academic("淄博市技师学院", college);
    }

    /** A district or county of Zibo. */
    record District(String code, String name) {
        Region region() {
            return Region.of(code, name);
        }
    }

    /** A trade: its occupation and how many of its workers are women, which decides the sex of a candidate. */
    record Trade(String code, String name, double femaleShare) {
        Occupation occupation() {
            return Occupation.of(code, name);
        }
    }

    /** An employer of candidates, with the trades its candidates practise. */
    record Workplace(String name, CreditCode creditCode, District district, List<Trade> trades) {
        Employer employer() {
            return Employer.of(name, creditCode);
        }
    }

    /** An expert who may sit on a review panel, and where the expert works. */
    record Expert(String name, String affiliation, CreditCode employer) {
    }

    /** What the example wants of a new candidate. */
    enum Kind {
        /** Eligible in every respect. */
        REGULAR,
        /** Over 55 on the application date: the program's soft age criterion flags the candidate. */
        OVER_AGE,
        /** Only 中级工: below the program's hard minimum of 高级工. */
        BELOW_LEVEL
    }

    /**
     * A candidate as the example knows them: the details the registry holds, plus the hidden merit and
     * popularity from which the example makes up expert scores and votes.
     */
    static final class Candidate {
        final ArtisanDetails details;
        final Workplace workplace;
        final Trade trade;
        final double merit;
        final double popularity;
        ArtisanId artisanId;
        boolean honored;
        boolean ineligible;

        Candidate(ArtisanDetails details, Workplace workplace, Trade trade, double merit, double popularity) {
            this.details = details;
            this.workplace = workplace;
            this.trade = trade;
            this.merit = merit;
            this.popularity = popularity;
        }

        String name() {
            return details.name();
        }
    }

    Random random() {
        return random;
    }

    /** Returns a new candidate applying in a year, with a name and identity number not used before. */
    Candidate newCandidate(int year, Kind kind) {
        Workplace workplace = workplaces.get(random.nextInt(workplaces.size()));
        Trade trade = workplace.trades().get(random.nextInt(workplace.trades().size()));
        Sex sex = random.nextDouble() < trade.femaleShare() ? Sex.FEMALE : Sex.MALE;
        // Most live in the district they work in; some commute from another.
        District home = random.nextDouble() < 0.8 ? workplace.district() : DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        int ageAtApplication = kind == Kind.OVER_AGE ? 56 + random.nextInt(2) : 29 + random.nextInt(25);
        LocalDate birth = LocalDate.of(year - ageAtApplication - 1, 3, 1).plusDays(random.nextInt(365));
        LocalDate started = LocalDate.of(birth.getYear() + 18 + random.nextInt(4), 7, 1).plusDays(random.nextInt(90));
        SkillLevel level = switch (kind) {
            case BELOW_LEVEL -> SkillLevel.INTERMEDIATE_WORKER;
            case OVER_AGE -> random.nextBoolean() ? SkillLevel.SENIOR_TECHNICIAN : SkillLevel.TECHNICIAN;
            case REGULAR -> {
                double r = random.nextDouble();
                yield r < 0.30 ? SkillLevel.SENIOR_WORKER : r < 0.72 ? SkillLevel.TECHNICIAN : SkillLevel.SENIOR_TECHNICIAN;
            }
        };
        ArtisanDetails.Builder details = ArtisanDetails.builder()
                .name(personName(sex))
                .residentId(residentId(home, birth, sex))
                .employer(workplace.employer())
                .occupation(trade.occupation())
                .region(workplace.district().region())
                .startedInTradeOn(started);
        certificates(trade, level, started, year).forEach(details::addCertificate);
        double merit = 0.60 + 0.30 * random.nextDouble() + 0.03 * (level.ordinal() - SkillLevel.SENIOR_WORKER.ordinal());
        double popularity = Math.exp(random.nextGaussian() * 0.9) * (0.5 + merit);
        return new Candidate(details.build(), workplace, trade, Math.min(merit, 0.97), popularity);
    }

    /** The certificates up to a level: the one below it, expired or not, and the level itself. */
    private List<SkillCertificate> certificates(Trade trade, SkillLevel level, LocalDate started, int year) {
        List<SkillCertificate> certificates = new ArrayList<>();
        int latest = year - 1;
        int earliest = Math.min(latest, started.getYear() + 4);
        int top = latest - random.nextInt(Math.max(1, Math.min(8, latest - earliest + 1)));
        if (level.ordinal() > SkillLevel.SENIOR_WORKER.ordinal() && top - 4 >= started.getYear()) {
            SkillLevel below = SkillLevel.values()[level.ordinal() - 1];
            certificates.add(certificate(trade, below, LocalDate.of(top - 3 - random.nextInt(2), 1 + random.nextInt(12), 10)));
        }
        certificates.add(certificate(trade, level, LocalDate.of(top, 1 + random.nextInt(12), 1 + random.nextInt(28))));
        return certificates;
    }

    private SkillCertificate certificate(Trade trade, SkillLevel level, LocalDate issuedOn) {
        int levelDigit = switch (level) {
            case INTERMEDIATE_WORKER -> 4;
            case SENIOR_WORKER -> 3;
            case TECHNICIAN -> 2;
            default -> 1;
        };
        return SkillCertificate.builder()
                .level(level)
                .occupation(trade.occupation())
                .number(String.format(Locale.ROOT, "%02d37030000%d%05d", issuedOn.getYear() % 100, levelDigit,
                        certificateSequence++))
                .issuer(APPRAISAL_CENTRE)
                .issuedOn(issuedOn)
                .build();
    }

    /** Returns the panel of academic experts for a year: four of the roster, in turn. */
    List<Expert> academicPanel(int year) {
        List<Expert> panel = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            panel.add(academics.get((year + i) % academics.size()));
        }
        return panel;
    }

    /** Returns an industry expert: a chief engineer of a workplace, who may not score its candidates. */
    Expert industryExpert(Workplace workplace) {
        return new Expert(personName(Sex.MALE), workplace.name() + " 总工程师", workplace.creditCode());
    }

    private void workplace(String name, District district, Trade... trades) {
        workplaces.add(new Workplace(name, creditCode("91", district.code()), district, List.of(trades)));
    }

    private void academic(String institution, CreditCode code) {
        academics.add(new Expert(personName(random.nextBoolean() ? Sex.MALE : Sex.FEMALE), institution, code));
    }

    private String personName(Sex sex) {
        String given = sex == Sex.MALE ? MALE_GIVEN : FEMALE_GIVEN;
        while (true) {
            StringBuilder name = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
            name.append(given.charAt(random.nextInt(given.length())));
            if (random.nextInt(4) > 0) {
                name.append(given.charAt(random.nextInt(given.length())));
            }
            if (usedNames.add(name.toString())) {
                return name.toString();
            }
        }
    }

    private ResidentId residentId(District home, LocalDate birth, Sex sex) {
        while (true) {
            // The sequence number's last digit is odd for men, even for women.
            int sequence = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
            String first17 = home.code() + String.format(Locale.ROOT, "%04d%02d%02d%03d",
                    birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
            ResidentId id = ResidentId.completing(first17);
            if (usedResidentIds.add(id.value())) {
                return id;
            }
        }
    }

    /**
     * Returns a credit code: registration authority and kind (91 for a company registered with market
     * regulation, 12 for a public institution, 51 for a social organisation), the division code, a made-up organisation code and the
     * GB 32100 check character.
     */
    private CreditCode creditCode(String prefix, String divisionCode) {
        StringBuilder first17 = new StringBuilder(prefix).append(divisionCode);
        if (prefix.equals("91")) {
            first17.append("MA");
        }
        while (first17.length() < 17) {
            first17.append(CREDIT_CODE_CHARACTERS.charAt(random.nextInt(CREDIT_CODE_CHARACTERS.length())));
        }
        return CreditCode.completing(first17.toString());
    }
}
