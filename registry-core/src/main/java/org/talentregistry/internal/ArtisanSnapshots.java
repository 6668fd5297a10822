package org.talentregistry.internal;

import java.util.List;
import java.util.Map;
import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.SkillCertificate;

/** Renders an artisan's details as the masked JSON kept in audit events. */
final class ArtisanSnapshots {
    private ArtisanSnapshots() {
    }

    static String masked(ArtisanDetails d) {
        Map<String, Object> o = Json.object();
        o.put("name", d.name());
        o.put("residentId", d.residentId().masked());
        o.put("phone", d.phone().map(PhoneNumber::masked).orElse(null));
        Map<String, Object> employer = Json.object();
        employer.put("name", d.employer().name());
        employer.put("creditCode", d.employer().creditCode().value());
        d.employer().creditCode().overrideReason().ifPresent(r -> employer.put("checksumOverride", r));
        o.put("employer", employer);
        o.put("occupation", d.occupation().code() + " " + d.occupation().name());
        o.put("region", d.region().code() + " " + d.region().name());
        o.put("startedInTradeOn", d.startedInTradeOn().toString());
        List<Object> certificates = d.certificates().stream().map(ArtisanSnapshots::certificate).toList();
        o.put("certificates", certificates);
        return Json.write(o);
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
