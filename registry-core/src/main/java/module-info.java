/**
 * Talent Registry core: honor programs for skilled workers and priority checks for technician titles,
 * in plain Java. Persistence is behind the {@code org.talentregistry.spi} package.
 */
module org.talentregistry.core {
    requires org.slf4j;
    requires com.google.common;

    exports org.talentregistry;
    exports org.talentregistry.artisan;
    exports org.talentregistry.audit;
    exports org.talentregistry.eligibility;
    exports org.talentregistry.honor;
    exports org.talentregistry.pool;
    exports org.talentregistry.privacy;
    exports org.talentregistry.selection;
    exports org.talentregistry.title;
    exports org.talentregistry.spi;
}
