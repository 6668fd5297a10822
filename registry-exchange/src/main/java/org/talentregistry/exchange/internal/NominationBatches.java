package org.talentregistry.exchange.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentregistry.Actor;
import org.talentregistry.HostTransactionLostException;
import org.talentregistry.InvalidFieldException;
import org.talentregistry.RegistryException;
import org.talentregistry.TalentRegistry;
import org.talentregistry.artisan.Artisan;
import org.talentregistry.artisan.ArtisanId;
import org.talentregistry.eligibility.Declarations;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;
import org.talentregistry.honor.NominationChannel;
import org.talentregistry.selection.Nomination;
import org.talentregistry.selection.NominationRequest;
import org.talentregistry.selection.RoundId;

/**
 * Nominations: each row names a registered artisan by resident identity number (cross-checked by name),
 * and is submitted through {@code nominate}, so the round's stage and rules apply as through the API. An
 * artisan already nominated in the round counts as unchanged, so re-importing the file changes nothing.
 */
public final class NominationBatches implements RowImport.Batches {
    private final TalentRegistry registry;
    private final Actor actor;
    private final RoundId roundId;
    private final Set<ArtisanId> nominated = new HashSet<>();

    /**
     * Creates the batches of one import into a round.
     *
     * @param registry the registry
     * @param actor who submits
     * @param roundId the round
     */
    public NominationBatches(TalentRegistry registry, Actor actor, RoundId roundId) {
        this.registry = registry;
        this.actor = actor;
        this.roundId = roundId;
        registry.rounds().nominations(roundId).stream().map(Nomination::artisanId).forEach(nominated::add);
    }

    @Override
    public void batch(List<SheetRow> rows, Layout layout, boolean writing, RowImport.Tally tally) {
        RowArtisans found = RowArtisans.of(registry, rows, layout);
        Set<ArtisanId> inThisPass = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            RowFields f = found.fields(i);
            NominationChannel channel = f.required("channel", NominationBatches::channel);
            String nominator = f.required("nominator", v -> v);
            Boolean inService = f.optional("inService", Values::yesNo);
            String record = f.optional("disqualifyingRecord", v -> v);
            Artisan artisan = found.artisan(i);
            if (!f.ok()) {
                tally.refuse(f.problems());
                continue;
            }
            if (nominated.contains(artisan.id()) || !inThisPass.add(artisan.id())) {
                tally.unchanged();
                continue;
            }
            NominationRequest request;
            try {
                request = new NominationRequest(artisan.id(), channel, nominator, new Declarations(inService, record));
            } catch (InvalidFieldException e) {
                f.refused(e, "nominator");
                tally.refuse(f.problems());
                continue;
            }
            if (!writing) {
                tally.created();
                continue;
            }
            try {
                registry.rounds().nominate(actor, roundId, request);
                nominated.add(artisan.id());
                tally.created();
            } catch (HostTransactionLostException e) {
                // The host's whole transaction is gone: no row after it may be kept as if it went on.
                throw e;
            } catch (RegistryException e) {
                f.problem(RowProblem.Kind.CONFLICT, null, "", "申报未被受理：" + e.getMessage(Locale.CHINESE),
                        "the nomination was refused: " + e.getMessage());
                tally.refuse(f.problems());
            }
        }
    }

    private static NominationChannel channel(String text) {
        for (NominationChannel c : NominationChannel.values()) {
            if (c.chineseName().equals(text) || c.name().equalsIgnoreCase(text)
                    || c.chineseName().startsWith(text) && text.length() >= 2) {
                return c;
            }
        }
        throw new Values.Unreadable("not one of " + Arrays.stream(NominationChannel.values())
                .map(NominationChannel::chineseName).collect(Collectors.joining(", ")));
    }
}
