package org.bashke.council.voice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one CSO said on one agenda item of a call, through its representative: text, files, and whether the
 * CSO lets the public read it. See {@link OneInputPerOrganisationPerItem} for why there is only one.
 */
@Entity
@Table(name = "council_voice_input")
public class CsoInput {

    /** A generous bound on one input's text, so one submission cannot fill the page (or the database). */
    public static final int BODY_MAX = 20_000;
    /** At most this many files per input, all submissions counted. */
    public static final int FILES_MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_id")
    private long callId;
    @Column(name = "call_item_id")
    private long callItemId;
    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "author_account_id")
    private long authorAccountId;
    @Column(name = "author_name")
    private String authorName;
    private String language;
    private String body;
    @Column(name = "public_input")
    private boolean publicInput;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "revised_at")
    private Instant revisedAt;
    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "council_voice_input_file", joinColumns = @JoinColumn(name = "input_id"))
    @OrderColumn(name = "file_order")
    @Column(name = "file_id")
    private List<Long> fileIds = new ArrayList<>();
    @Version
    @Column(name = "opt_version")
    private long optVersion;

    protected CsoInput() {
    }

    CsoInput(long callId, long callItemId, long organisationId, long authorAccountId, String authorName, String language,
          String body, boolean publicInput, List<Long> fileIds, Instant now) {
        this.callId = callId;
        this.callItemId = callItemId;
        this.organisationId = organisationId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.language = language;
        this.body = checkedBody(body);
        this.publicInput = publicInput;
        this.submittedAt = now;
        addFiles(fileIds);
    }

    /** A later submission from the same organisation on the same item: the text is replaced, files are added. */
    void revise(long authorAccountId, String authorName, String language, String body, boolean publicInput,
                List<Long> newFiles, Instant now) {
        this.body = checkedBody(body);
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.language = language;
        this.publicInput = publicInput;
        this.revisedAt = now;
        addFiles(newFiles);
    }

    private void addFiles(List<Long> ids) {
        if (ids == null) {
            return;
        }
        if (fileIds.size() + ids.size() > FILES_MAX) {
            throw new VoiceRuleBroken("council-voice.rule.input.tooManyFiles");
        }
        fileIds.addAll(ids);
    }

    static String checkedBody(String body) {
        if (body == null || body.isBlank()) {
            throw new VoiceRuleBroken("council-voice.rule.input.bodyRequired");
        }
        if (body.length() > BODY_MAX) {
            throw new VoiceRuleBroken("council-voice.rule.input.bodyTooLong");
        }
        return body.strip();
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("callId", callId);
        v.put("callItemId", callItemId);
        v.put("organisationId", organisationId);
        v.put("authorAccountId", authorAccountId);
        v.put("public", publicInput);
        v.put("bodyLength", body.length());
        v.put("fileIds", List.copyOf(fileIds));
        return v;
    }

    public Long getId() { return id; }
    public long getCallId() { return callId; }
    public long getCallItemId() { return callItemId; }
    public long getOrganisationId() { return organisationId; }
    public long getAuthorAccountId() { return authorAccountId; }
    public String getAuthorName() { return authorName; }
    public String getLanguage() { return language; }
    public String getBody() { return body; }
    public boolean isPublicInput() { return publicInput; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getRevisedAt() { return revisedAt; }
    public List<Long> getFileIds() { return fileIds; }
}
