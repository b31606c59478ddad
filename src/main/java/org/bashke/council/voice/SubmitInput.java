package org.bashke.council.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.files.FileStore;
import org.bashke.identity.CurrentUser;
import org.bashke.identity.UserRef;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.SerbianScript;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A registered CSO, through its representative, gives input on an item of a call: text and files, never
 * after the deadline; see {@link OneInputPerOrganisationPerItem} for a second submission.
 */
@Service
public class SubmitInput {

    public record InputValues(long callId, long callItemId, long organisationId, String body, boolean publicInput,
                              List<MultipartFile> files, String language) {
    }

    private final CallForInputRepository calls;
    private final CsoInputRepository inputs;
    private final VoiceAccess access;
    private final CurrentUser currentUser;
    private final FileStore files;
    private final AuditLog audit;

    SubmitInput(CallForInputRepository calls, CsoInputRepository inputs, VoiceAccess access, CurrentUser currentUser, FileStore files,
                AuditLog audit) {
        this.calls = calls;
        this.inputs = inputs;
        this.access = access;
        this.currentUser = currentUser;
        this.files = files;
        this.audit = audit;
    }

    /**
     * @return the id of the organisation's input on the item (the same id when it revised an earlier one)
     * @throws org.bashke.files.FileRejected when a file is not accepted (nothing is kept)
     */
    @Transactional
    public long submit(InputValues v) {
        UserRef user = currentUser.get().orElseThrow(() -> new AccessDeniedException("input needs an account"));
        CallForInput call = calls.findById(v.callId()).orElseThrow(() -> new NotFoundException("call", v.callId()));
        CallItem item = call.item(v.callItemId()).orElseThrow(() -> new VoiceRuleBroken("council-voice.rule.input.itemRequired"));
        Instant now = access.clock().instant();
        if (!call.acceptsInput(now)) {
            throw new VoiceRuleBroken("council-voice.rule.input.closed");
        }
        if (!access.maySubmitFor(call, v.organisationId())) {
            throw new VoiceRuleBroken("council-voice.rule.input.notForThisOrganisation");
        }
        String body = CsoInput.checkedBody(v.body());
        if (v.language() != null && v.language().startsWith("sr")) {
            body = SerbianScript.toLatin(body); // Serbian is kept in Latin and shown in the reader's script
        }
        List<Long> fileIds = new ArrayList<>();
        for (MultipartFile upload : v.files() == null ? List.<MultipartFile>of() : v.files()) {
            if (upload != null && !upload.isEmpty()) {
                fileIds.add(files.store("council", upload).id());
            }
        }
        var earlier = inputs.findByCallItemIdAndOrganisationId(item.getId(), v.organisationId());
        Map<String, Object> before = earlier.map(CsoInput::auditValues).orElse(null);
        CsoInput input = inputs.save(OneInputPerOrganisationPerItem.apply(earlier, call.getId(), item.getId(),
                v.organisationId(), user.accountId(), user.displayName(), v.language() == null ? "sq" : v.language(),
                body, v.publicInput(), fileIds, now));
        audit.record(before == null ? "council-voice.input.submitted" : "council-voice.input.revised", "council-input",
                input.getId(), before, input.auditValues());
        return input.getId();
    }
}
