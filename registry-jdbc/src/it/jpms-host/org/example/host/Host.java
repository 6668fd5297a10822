package org.example.host;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.postgresql.ds.PGSimpleDataSource;
import org.talentregistry.Actor;
import org.talentregistry.RegistryException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.CreditCode;
import org.talentregistry.artisan.Employer;
import org.talentregistry.artisan.Occupation;
import org.talentregistry.artisan.Region;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.jdbc.EmbeddedRegistry;
import org.talentregistry.jdbc.JdbcRegistryStore;

/**
 * Registers one artisan, on an embedded H2 file ({@code h2 <path>}) or on PostgreSQL ({@code postgresql
 * <url> <user>}, the password in {@code REGISTRY_PG_PASSWORD}), and prints what it did and which modules
 * the boot layer resolved. A refusal is printed, not thrown, so the test can read it.
 */
public final class Host {
    private Host() {
    }

    public static void main(String[] args) {
        System.out.println("host module: " + Host.class.getModule().getName());
        System.out.println("resolved: " + ModuleLayer.boot().modules().stream().map(Module::getName)
                .filter(name -> !name.startsWith("java.") && !name.startsWith("jdk."))
                .sorted().collect(Collectors.joining(" ")));
        try (TalentRegistry registry = "h2".equals(args[0]) ? EmbeddedRegistry.open(Path.of(args[1])) : postgres(args[1], args[2])) {
            Artisan artisan = registry.artisans().register(Actor.of("hr-zhang", "张科长"), ArtisanDetails.builder()
                    .name("王建国")
                    .residentId(ResidentId.of("370303197805120132"))
                    .employer(Employer.of("淄博张店汽车维修有限公司", CreditCode.of("91370303MA3C0001K0")))
                    .occupation(Occupation.of("4-12-01-01", "汽车维修工"))
                    .region(Region.of("370303", "张店区"))
                    .startedInTradeOn(LocalDate.of(1996, 7, 1))
                    .build());
            System.out.println("registered: " + artisan.id() + " from " + TalentRegistry.class.getModule().getName());
        } catch (RegistryException e) {
            System.out.println("refused: " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static TalentRegistry postgres(String url, String user) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        String password = System.getenv("REGISTRY_PG_PASSWORD");
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
        return TalentRegistry.builder(JdbcRegistryStore.create(dataSource)).build();
    }
}
