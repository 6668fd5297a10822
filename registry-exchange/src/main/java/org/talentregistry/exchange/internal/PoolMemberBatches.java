package org.talentregistry.exchange.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.talentregistry.Actor;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.RegistryException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;
import org.talentregistry.pool.PoolAdmission;
import org.talentregistry.pool.PoolMembership;
import org.talentregistry.pool.PoolSource;

/**
 * Pool members from other sources: each row names a registered artisan by resident identity number
 * (cross-checked by name), what brings the artisan in and from when, and is added through the pool's
 * {@code add}, audited as the API audits it.
 *
 * <p>What identifies a membership row, so that a re-import changes nothing: the artisan, the source as
 * written and the first day. A row whose artisan has a bureau addition with the same source and day on
 * record, open or ended since, is unchanged (re-importing an old list does not bring back those who left).
 * Since the registry keeps one open bureau addition per artisan and has no way to amend one, a row for an
 * artisan whose open addition says otherwise is a conflict under either match policy: end the membership
 * first ({@code leave}). Membership by an honor does not stand in the way.
 */
public final class PoolMemberBatches implements RowImport.Batches {
    private final TalentRegistry registry;
    private final Actor actor;
    /** The file's rows so far by artisan: one open addition per artisan, so one row per artisan. */
    private final Map<ArtisanId, Seen> seen = new HashMap<>();

    private record Seen(long row, PoolSource.AddedByBureau source, LocalDate since) {
    }

    /**
     * Creates the batches of one import.
     *
     * @param registry the registry
     * @param actor who adds
     */
    public PoolMemberBatches(TalentRegistry registry, Actor actor) {
        this.registry = registry;
        this.actor = actor;
    }

    @Override
    public void startPass(boolean writing) {
        seen.clear();
    }

    @Override
    public void batch(List<SheetRow> rows, Layout layout, boolean writing, RowImport.Tally tally) {
        RowArtisans found = RowArtisans.of(registry, rows, layout);
        for (int i = 0; i < found.size(); i++) {
            RowFields f = found.fields(i);
            Artisan artisan = found.artisan(i);
            String source = f.required("source", v -> v);
            LocalDate since = f.required("since", f::date);
            PoolAdmission admission = null;
            if (f.ok() && artisan != null) {
                try {
                    admission = new PoolAdmission(artisan.id(), source, since);
                } catch (InvalidFieldException e) {
                    String field = "since".equals(e.getField()) ? "since" : "source";
                    f.problem(field, f.text(field).orElse(""), Values.zh(e), e.getProblem());
                }
            }
            if (!f.ok() || admission == null) {
                tally.refuse(f.problems());
                continue;
            }
            PoolSource.AddedByBureau bySource = new PoolSource.AddedByBureau(admission.source());
            Seen earlier = seen.putIfAbsent(artisan.id(), new Seen(f.number(), bySource, admission.since()));
            if (earlier != null) {
                if (earlier.source().equals(bySource) && earlier.since().equals(admission.since())) {
                    tally.unchanged();
                } else {
                    f.problem(RowProblem.Kind.CONFLICT, null, "", "第" + earlier.row() + "行已为此人登记纳入（"
                            + earlier.source().description() + "，" + earlier.since() + "起），同一人同时只能有一条人社部门增补记录",
                            "row " + earlier.row() + " already adds this artisan (" + earlier.source().description() + ", from "
                            + earlier.since() + "); an artisan holds one open addition by the bureau at a time");
                    tally.refuse(f.problems());
                }
                continue;
            }
            List<PoolMembership> additions = registry.pool().ofArtisan(artisan.id()).stream()
                    .filter(m -> m.source() instanceof PoolSource.AddedByBureau).toList();
            LocalDate day = admission.since();
            if (additions.stream().anyMatch(m -> m.source().equals(bySource) && m.since().equals(day))) {
                tally.unchanged();
                continue;
            }
            Optional<PoolMembership> open = additions.stream().filter(m -> m.exit().isEmpty()).findFirst();
            if (open.isPresent()) {
                String held = ((PoolSource.AddedByBureau) open.get().source()).description();
                f.problem(RowProblem.Kind.CONFLICT, "source", source, "已由人社部门以「" + held + "」于" + open.get().since()
                        + "增补入库，尚未出库；如需更改，请先办理出库", "already added by the bureau as '" + held + "' from "
                        + open.get().since() + " and not left; record the leave first to add it otherwise");
                tally.refuse(f.problems());
                continue;
            }
            if (writing) {
                try {
                    registry.pool().add(actor, admission);
                } catch (HostTransactionLostException e) {
                    // The host's whole transaction is gone: no row after it may be kept as if it went on.
                    throw e;
                } catch (RegistryException e) {
                    f.problem(RowProblem.Kind.CONFLICT, null, "", "未能纳入：" + e.getMessage(Locale.CHINESE),
                            "the registry refused the row: " + e.getMessage());
                    tally.refuse(f.problems());
                    continue;
                }
            }
            tally.created();
        }
    }
}
