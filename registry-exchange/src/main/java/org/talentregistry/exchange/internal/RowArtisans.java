package org.talentregistry.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ResidentId;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;

/**
 * The registered artisans a batch of rows names by resident identity number, each cross-checked by the
 * row's name: one look-up per batch. A number not registered is {@code NOT_FOUND}, a registered number under
 * another name {@code AMBIGUOUS}: a row never acts on a person it may not mean.
 */
final class RowArtisans {
    private final List<RowFields> fields;
    private final List<Artisan> artisans;

    private RowArtisans(List<RowFields> fields, List<Artisan> artisans) {
        this.fields = fields;
        this.artisans = artisans;
    }

    /** Reads the identity number and name of each row and finds the artisans they name. */
    static RowArtisans of(TalentRegistry registry, List<SheetRow> rows, Layout layout) {
        List<RowFields> fields = new ArrayList<>(rows.size());
        List<ResidentId> ids = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            RowFields f = new RowFields(row, layout);
            fields.add(f);
            ids.add(f.required("residentId", ResidentId::of));
        }
        Map<ResidentId, Artisan> found = registry.artisans().findAllByResidentId(
                ids.stream().filter(Objects::nonNull).toList());
        List<Artisan> artisans = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RowFields f = fields.get(i);
            ResidentId id = ids.get(i);
            String name = f.required("name", v -> v);
            Artisan artisan = id == null ? null : found.get(id);
            if (id != null && artisan == null) {
                f.problem(RowProblem.Kind.NOT_FOUND, "residentId", id.value(), "该身份证号未在库中登记，请先导入人员信息",
                        "no artisan has this resident ID; import the artisans first");
            } else if (artisan != null && name != null && !artisan.name().equals(name)) {
                f.problem(RowProblem.Kind.AMBIGUOUS, "name", name, "姓名与身份证号登记的「" + artisan.name() + "」不符",
                        "the name differs from the registered one (" + artisan.name() + ")");
                artisan = null;
            }
            artisans.add(artisan);
        }
        return new RowArtisans(fields, artisans);
    }

    int size() {
        return fields.size();
    }

    RowFields fields(int i) {
        return fields.get(i);
    }

    /** The artisan row {@code i} names, or null if it names none unambiguously (its problem is recorded). */
    Artisan artisan(int i) {
        return artisans.get(i);
    }
}
