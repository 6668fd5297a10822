package org.talentregistry.internal;

import org.talentregistry.artisan.ArtisanDetails;
import org.talentregistry.artisan.PhoneNumber;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.artisan.SkillCertificate;

/**
 * Renders an artisan's details as the masked JSON kept in audit events. The text is the one {@link Json}
 * writes for the same fields, written straight into one builder: an import renders 1,000 of these per
 * batch, and building the maps first took a fifth of its CPU samples (issue 12's profile).
 */
final class ArtisanSnapshots {
    private ArtisanSnapshots() {
    }

    static String masked(ArtisanDetails d) {
        StringBuilder out = new StringBuilder(400 + 200 * d.certificates().size());
        field(out, '{', "name", d.name());
        field(out, ',', "residentId", d.residentId().map(ResidentId::masked).orElse(null));
        field(out, ',', "phone", d.phone().map(PhoneNumber::masked).orElse(null));
        out.append(",\"employer\":");
        field(out, '{', "name", d.employer().name());
        field(out, ',', "creditCode", d.employer().creditCode().value());
        d.employer().creditCode().overrideReason().ifPresent(r -> field(out, ',', "checksumOverride", r));
        out.append('}');
        field(out, ',', "occupation", d.occupation().code() + " " + d.occupation().name());
        field(out, ',', "region", d.region().code() + " " + d.region().name());
        field(out, ',', "startedInTradeOn", d.startedInTradeOn().toString());
        out.append(",\"certificates\":[");
        for (int i = 0; i < d.certificates().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            certificate(out, d.certificates().get(i));
        }
        return out.append("]}").toString();
    }

    private static void certificate(StringBuilder out, SkillCertificate c) {
        field(out, '{', "level", c.level().name());
        field(out, ',', "occupation", c.occupation().code());
        field(out, ',', "number", c.number());
        field(out, ',', "issuer", c.issuer());
        field(out, ',', "issuedOn", c.issuedOn().toString());
        field(out, ',', "validUntil", c.validUntil().map(Object::toString).orElse(null));
        out.append('}');
    }

    private static void field(StringBuilder out, char before, String name, String value) {
        out.append(before);
        Json.appendString(out, name);
        out.append(':');
        if (value == null) {
            out.append("null");
        } else {
            Json.appendString(out, value);
        }
    }
}
