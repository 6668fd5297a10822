package org.talentregistry.exchange.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.talentregistry.TalentRegistry;
import org.talentregistry.exchange.RowProblem;
import org.talentregistry.exchange.internal.Columns.Layout;
import org.talentregistry.exchange.internal.SheetReader.SheetRow;
import org.talentregistry.selection.Ballot;
import org.talentregistry.selection.IngestSummary;
import org.talentregistry.selection.NominationId;
import org.talentregistry.selection.RoundId;
import org.talentregistry.selection.VoteOutcome;

/**
 * Ballots from a voting app's log, into {@code ingestVotes} a batch at a time: the round's vote policy
 * decides duplicates as for votes cast one by one, so a log imported twice counts each vote once (the
 * second time they are duplicates, reported as unchanged). Times without a zone are read in the registry
 * clock's zone.
 */
public final class BallotBatches implements RowImport.Batches {
    private final TalentRegistry registry;
    private final RoundId roundId;
    private final ZoneId zone;

    /**
     * Creates the batches of one import into a round.
     *
     * @param registry the registry
     * @param roundId the round
     */
    public BallotBatches(TalentRegistry registry, RoundId roundId) {
        this.registry = registry;
        this.roundId = roundId;
        this.zone = registry.clock().getZone();
    }

    @Override
    public void batch(List<SheetRow> rows, Layout layout, boolean writing, RowImport.Tally tally) {
        List<Ballot> ballots = new ArrayList<>(rows.size());
        for (SheetRow row : rows) {
            RowFields f = new RowFields(row, layout);
            Long nominee = f.required("nominationId", Values::id);
            String voter = f.required("voter", v -> v);
            Instant castAt = f.required("castAt", v -> Values.dateTime(v).atZone(zone).toInstant());
            if (nominee != null && nominee < 1) {
                f.problem("nominationId", String.valueOf(nominee), "应为正整数", "must be a positive number");
            }
            if (!f.ok()) {
                tally.refuse(f.problems());
                continue;
            }
            ballots.add(new Ballot(NominationId.of(nominee), voter, castAt));
        }
        if (!writing) {
            tally.created(ballots.size());
            return;
        }
        if (ballots.isEmpty()) {
            return;
        }
        IngestSummary summary = registry.rounds().ingestVotes(roundId, ballots);
        tally.created(summary.accepted());
        tally.unchanged(summary.duplicates());
        for (Map.Entry<VoteOutcome, Long> refused : summary.refused().entrySet()) {
            tally.refuseRows(new RowProblem(rows.get(0).number(), "", String.valueOf(refused.getValue()),
                    RowProblem.Kind.CONFLICT, "第" + rows.get(0).number() + "行起的一批中有 " + refused.getValue()
                            + " 票未计入：" + outcomeZh(refused.getKey()),
                    refused.getValue() + " votes of the batch from row " + rows.get(0).number() + " were refused: "
                            + refused.getKey()), refused.getValue());
        }
    }

    private static String outcomeZh(VoteOutcome outcome) {
        return switch (outcome) {
            case ROUND_NOT_IN_VOTING -> "本轮不在网络投票阶段";
            case UNKNOWN_NOMINEE -> "候选人编号不在本轮候选人中";
            case INVALID_VOTER -> "投票人标识不符合投票规则（如不是IP地址）";
            default -> outcome.name();
        };
    }
}
