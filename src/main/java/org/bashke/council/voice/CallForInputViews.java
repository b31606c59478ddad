package org.bashke.council.voice;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.council.BodySummary;
import org.bashke.council.DecisionSummary;
import org.bashke.council.MeetingSummary;
import org.bashke.council.body.Membership;
import org.bashke.council.meeting.Agendas;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.followup.FollowUps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the pages show of calls: in the reader's language, with only the inputs the reader may see. */
@Component
public class CallForInputViews {

    public record Row(long id, String title, String body, String meeting, ZonedDateTime deadline, boolean open,
                      boolean reportPublished, long inputs) {
    }

    public record CallView(long id, long bodyId, long meetingId, String title, String description, Audience audience,
                           ZonedDateTime deadline, ZonedDateTime closedAt, boolean open, String bodyName, String bodyUrl,
                           String meetingTitle, String meetingUrl, ZonedDateTime meetingStartsAt, String meetingStatus,
                           boolean reportPublished, ZonedDateTime reportPublishedAt, String report, String minutesUrl,
                           List<ItemView> items) {
    }

    /**
     * @param inputs       the inputs the reader may see
     * @param hiddenInputs how many more there are (kept private by their CSO, or for members only)
     * @param drawnOn      the organisations whose inputs the position drew on
     */
    public record ItemView(long id, int number, String title, List<InputView> inputs, int hiddenInputs,
                           boolean hasPosition, boolean positionPublished, String position, ZonedDateTime positionPublishedAt,
                           List<Long> sourceIds, List<String> drawnOn, PositionOutcome outcome, String fared,
                           List<DecisionView> decisions) {
    }

    public record InputView(long id, long organisationId, String organisation, String author, String body,
                            boolean publicInput, ZonedDateTime submittedAt, ZonedDateTime revisedAt, List<StoredFile> files) {
    }

    /** @param followUp the decision's follow-up from monitoring, when that module answers */
    public record DecisionView(String number, String text, String url, FollowUps.FollowUp followUp) {
    }

    private final CallForInputRepository calls;
    private final CsoInputRepository inputs;
    private final Agendas agendas;
    private final Membership membership;
    private final Directory directory;
    private final FileStore files;
    private final VoiceAccess access;
    private final ObjectProvider<FollowUps> followUps;

    CallForInputViews(CallForInputRepository calls, CsoInputRepository inputs, Agendas agendas, Membership membership, Directory directory,
              FileStore files, VoiceAccess access, ObjectProvider<FollowUps> followUps) {
        this.calls = calls;
        this.inputs = inputs;
        this.agendas = agendas;
        this.membership = membership;
        this.directory = directory;
        this.files = files;
        this.access = access;
        this.followUps = followUps;
    }

    @Transactional(readOnly = true)
    public List<Row> rows(List<CallForInput> found, Locale locale) {
        Instant now = access.clock().instant();
        Map<Long, String> bodies = membership.bodies().stream()
                .collect(Collectors.toMap(BodySummary::id, b -> b.name().display(locale), (a, b) -> a));
        return found.stream().map(c -> new Row(c.getId(), c.getTitle().display(locale), bodies.getOrDefault(c.getBodyId(), ""),
                agendas.meeting(c.getMeetingId()).map(m -> m.title().display(locale)).orElse(""), zoned(c.getDeadline()),
                c.acceptsInput(now), c.isReportPublished(), inputs.countByCallId(c.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public CallView view(long callId, Locale locale, boolean everyInput) {
        CallForInput call = calls.findById(callId).orElseThrow(() -> new NotFoundException("call", callId));
        Instant now = access.clock().instant();
        Optional<MeetingSummary> meeting = agendas.meeting(call.getMeetingId());
        Optional<BodySummary> body = membership.body(call.getBodyId());
        List<CsoInput> all = inputs.findByCallIdOrderBySubmittedAtAsc(callId);
        Map<Long, OrganisationSummary> orgs = directory.organisations(all.stream().map(CsoInput::getOrganisationId).distinct().toList())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        Map<Long, StoredFile> stored = files.files(all.stream().flatMap(i -> i.getFileIds().stream()).distinct().toList())
                .stream().collect(Collectors.toMap(StoredFile::id, Function.identity()));
        List<ItemView> items = call.getItems().stream().sorted(Comparator.comparingInt(CallItem::getSequence)).map(item -> {
            List<CsoInput> ofItem = all.stream().filter(i -> i.getCallItemId() == item.getId()).toList();
            List<InputView> visible = ofItem.stream().filter(i -> everyInput || access.mayRead(call, i))
                    .map(i -> inputView(i, orgs, stored, locale)).toList();
            List<String> drawnOn = ofItem.stream().filter(i -> item.getSources().contains(i.getId()))
                    .map(i -> organisationName(orgs, i.getOrganisationId(), locale)).distinct().toList();
            boolean showPosition = everyInput || item.isPositionPublished();
            List<DecisionView> decisions = call.isReportPublished() || everyInput
                    ? agendas.decisions(item.getAgendaItemId()).stream().map(d -> decisionView(d, locale)).toList() : List.of();
            return new ItemView(item.getId(), item.getSequence(), item.getTitle().display(locale), visible,
                    ofItem.size() - visible.size(), item.hasPosition(), item.isPositionPublished(),
                    showPosition ? item.getPosition().display(locale) : null, zoned(item.getPositionPublishedAt()),
                    List.copyOf(item.getSources()), showPosition ? drawnOn : List.of(),
                    call.isReportPublished() || everyInput ? item.getOutcome() : null,
                    call.isReportPublished() || everyInput ? item.getFared().display(locale) : null, decisions);
        }).toList();
        return new CallView(call.getId(), call.getBodyId(), call.getMeetingId(), call.getTitle().display(locale),
                call.getDescription().display(locale), call.getAudience(), zoned(call.getDeadline()), zoned(call.closedAt()),
                call.acceptsInput(now), body.map(b -> b.name().display(locale)).orElse(""), body.map(BodySummary::url).orElse(null),
                meeting.map(m -> m.title().display(locale)).orElse(""), meeting.map(MeetingSummary::url).orElse(null),
                meeting.map(m -> m.startsAt() == null ? null : m.startsAt().atZoneSameInstant(VoiceAccess.KOSOVO)).orElse(null),
                meeting.map(MeetingSummary::status).orElse(null), call.isReportPublished(), zoned(call.getReportPublishedAt()),
                call.isReportPublished() || everyInput ? call.getReport().display(locale) : null,
                agendas.publishedMinutesUrl(call.getMeetingId()).orElse(null), items);
    }

    private InputView inputView(CsoInput i, Map<Long, OrganisationSummary> orgs, Map<Long, StoredFile> stored, Locale locale) {
        return new InputView(i.getId(), i.getOrganisationId(), organisationName(orgs, i.getOrganisationId(), locale),
                i.getAuthorName(), i.getBody(), i.isPublicInput(), zoned(i.getSubmittedAt()), zoned(i.getRevisedAt()),
                i.getFileIds().stream().map(stored::get).filter(java.util.Objects::nonNull).toList());
    }

    private static String organisationName(Map<Long, OrganisationSummary> orgs, long id, Locale locale) {
        OrganisationSummary o = orgs.get(id);
        return o == null ? "#" + id : o.name().display(locale);
    }

    private DecisionView decisionView(DecisionSummary d, Locale locale) {
        FollowUps f = followUps.getIfAvailable();
        return new DecisionView(d.number(), d.text().display(locale), d.url(),
                f == null ? null : f.followUp("council", "decision", d.id()).orElse(null));
    }

    static ZonedDateTime zoned(Instant at) {
        return at == null ? null : at.atZone(VoiceAccess.KOSOVO);
    }

    /** Whether the reader may download this file: it belongs to an input of the call that they may read. */
    @Transactional(readOnly = true)
    public boolean mayDownload(long callId, long inputId, long fileId) {
        CallForInput call = calls.findById(callId).orElseThrow(() -> new NotFoundException("call", callId));
        CsoInput input = inputs.findById(inputId).filter(i -> i.getCallId() == callId)
                .orElseThrow(() -> new NotFoundException("input", inputId));
        return input.getFileIds().contains(fileId) && access.mayRead(call, input);
    }
}
