package org.bashke.consultation.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bashke.consultation.draft.AnswerOutcome;
import org.bashke.consultation.draft.Article;
import org.bashke.consultation.draft.Comment;
import org.bashke.consultation.draft.CommentRepository;
import org.bashke.consultation.draft.Consultation;
import org.bashke.consultation.draft.ConsultationPeriodPolicy;
import org.bashke.consultation.draft.ConsultationMeetingRepository;
import org.bashke.consultation.draft.DocumentVersion;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.consultation.draft.DocumentVersionRepository;
import org.bashke.consultation.draft.ManageConsultations;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.shared.text.SerbianScript;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds what a consultation page and the final report show, for one reader's language. */
@Service
public class ConsultationViews {

    private final ManageConsultations manage;
    private final DocumentVersionRepository versions;
    private final CommentRepository comments;
    private final Directory directory;
    private final ConsultationPeriodPolicy policy;

    private final FileStore files;
    private final ConsultationMeetingRepository meetings;

    ConsultationViews(ManageConsultations manage, DocumentVersionRepository versions, CommentRepository comments,
                      Directory directory, ConsultationPeriodPolicy policy, FileStore files,
                      ConsultationMeetingRepository meetings) {
        this.files = files;
        this.meetings = meetings;
        this.manage = manage;
        this.versions = versions;
        this.comments = comments;
        this.directory = directory;
        this.policy = policy;
    }

    /** The consulted draft beside the adopted text, article by article; empty when no adopted text was recorded. */
    public record Changes(ConsultationView consultation, DocumentVersion adopted, List<ArticleDiff.Pair<ArticleView>> pairs) {
    }

    /** The heading of an article of this consultation (empty string for a preamble), if it is one of its articles. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> articleHeading(long id, long articleId) {
        return versions.findByConsultationIdOrderByNumberDesc(id).stream().flatMap(v -> v.getArticles().stream())
                .filter(a -> a.getId() == articleId).findFirst().map(a -> a.getHeading() == null ? "" : a.getHeading());
    }

    /** Whether the adopted text has been recorded (without building the comparison). */
    @Transactional(readOnly = true)
    public boolean hasAdopted(long id) {
        return versions.findByConsultationIdOrderByNumberDesc(id).stream().anyMatch(DocumentVersion::isAdopted);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Changes> changes(long id, Locale locale) {
        java.util.Optional<DocumentVersion> adopted = versions.findByConsultationIdOrderByNumberDesc(id).stream()
                .filter(DocumentVersion::isAdopted).findFirst();
        if (adopted.isEmpty()) {
            return java.util.Optional.empty();
        }
        ConsultationView view = pageView(id, locale, false, REPORT_COMMENTS_PER_TARGET);
        int consulted = view.versions().isEmpty() ? -1 : view.versions().get(0).getNumber();
        List<ArticleView> before = view.articles().stream().filter(a -> a.versionNumber() == consulted).toList();
        List<ArticleView> after = adopted.get().getArticles().stream().map(a -> new ArticleView(a.getId(), adopted.get().getNumber(),
                a.getPosition(), a.getHeading(), a.getBody(), List.of())).toList();
        return java.util.Optional.of(new Changes(view, adopted.get(), ArticleDiff.compare(before, after)));
    }

    /**
     * The consultation's public page: every article, but only the newest {@code perTarget} comments on each
     * (and on the whole draft), with the counts; the rest are one link away, paged. The figures come from the
     * database's counts, so a consultation with ten thousand comments costs the page a few small queries.
     */
    @Transactional(readOnly = true)
    public ConsultationView pageView(long id, Locale locale, boolean forInstitution, int perTarget) {
        return pageView(id, locale, forInstitution, comments.newestPerTarget(id, perTarget));
    }

    /** Comments awaiting an answer that the institution's page shows at once, oldest first; the next ones once these are answered. */
    public static final int MANAGE_AWAITING_SHOWN = 1000;

    /** Answered comments the institution's page shows on each article (and on the whole draft), newest. */
    public static final int MANAGE_ANSWERED_PER_TARGET = 20;

    /**
     * The institution's page: the oldest comments still awaiting an answer and the newest answered ones on each
     * article, private ones with their text; the figures from the database's counts.
     */
    @Transactional(readOnly = true)
    public ConsultationView manageView(long id, Locale locale) {
        Map<Long, Comment> shown = new java.util.TreeMap<>();
        comments.oldestAwaitingAnswer(id, MANAGE_AWAITING_SHOWN).forEach(k -> shown.put(k.getId(), k));
        comments.newestPerTarget(id, MANAGE_ANSWERED_PER_TARGET).forEach(k -> shown.putIfAbsent(k.getId(), k));
        return pageView(id, locale, true, List.copyOf(shown.values()));
    }

    /** A consultation with the comments {@code shown}, its figures counted by the database over all of them. */
    private ConsultationView pageView(long id, Locale locale, boolean forInstitution, List<Comment> shown) {
        Consultation c = manage.find(id);
        List<DocumentVersion> all = versions.findByConsultationIdOrderByNumberDesc(id).stream().filter(v -> !v.isAdopted()).toList();
        Map<Long, Long> counts = new java.util.HashMap<>();
        long generalCount = 0;
        long total = 0;
        for (Object[] row : comments.countPerTarget(id)) {
            long n = ((Number) row[1]).longValue();
            total += n;
            if (row[0] == null) {
                generalCount = n;
            } else {
                counts.put(((Number) row[0]).longValue(), n);
            }
        }
        Map<AnswerOutcome, Long> outcomes = new EnumMap<>(AnswerOutcome.class);
        for (AnswerOutcome o : AnswerOutcome.values()) {
            outcomes.put(o, 0L);
        }
        for (Object[] row : comments.countPerOutcome(id)) {
            if (row[0] != null) {
                outcomes.put((AnswerOutcome) row[0], ((Number) row[1]).longValue());
            }
        }
        Object[] people = comments.awaitingAuthorsOrganisations(id).get(0);
        Placed placed = place(c, shown, locale, forInstitution);
        Map<Long, String> orgNames = placed.orgNames();
        List<CommentView> general = placed.general();
        List<ArticleView> articles = articles(all, placed.byArticle(), counts);
        return new ConsultationView(c, orgNames.getOrDefault(c.getInstitutionId(), ""), c.getTitle().display(locale),
                c.getSummary().display(locale), all, articles, general, outcomes, (int) total,
                ((Number) people[0]).intValue(), ((Number) people[1]).intValue(), ((Number) people[2]).intValue(),
                policy.minimumWorkingDays(), generalCount, meetings.findByConsultationIdOrderByHeldOnAscIdAsc(id));
    }

    /**
     * Comments on each article (and on the whole draft) that the final report lists in full. A report is
     * read as a page and printed as a PDF: past this many it lists the newest and links to all of them,
     * so that a consultation with half a million comments still has a report of a few hundred pages.
     */
    public static final int REPORT_COMMENTS_PER_TARGET = 500;

    /** The final report: the consultation's figures from the database's counts, and its comments with their answers. */
    @Transactional(readOnly = true)
    public ConsultationView reportView(long id, Locale locale) {
        return pageView(id, locale, false, REPORT_COMMENTS_PER_TARGET);
    }

    /** One page of the comments on an article, or on the whole draft when {@code articleId} is null; oldest first. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<CommentView> commentPage(long id, Long articleId, int page, int size,
                                                                         Locale locale, boolean forInstitution) {
        Consultation c = manage.find(id);
        org.springframework.data.domain.PageRequest request = org.springframework.data.domain.PageRequest.of(
                Math.max(0, page), size, org.springframework.data.domain.Sort.by("id"));
        org.springframework.data.domain.Page<Comment> found = articleId == null
                ? comments.findByConsultationIdAndArticleIdIsNull(id, request)
                : comments.findByConsultationIdAndArticleId(id, articleId, request);
        Map<Long, String> orgNames = organisationNames(c, found.getContent(), locale);
        Map<Long, StoredFile> attachments = attachments(found.getContent());
        return found.map(comment -> view(comment, orgNames, attachments, locale, forInstitution));
    }

    /**
     * The page (from 0) of {@link #commentPage} that holds a comment on that article (or on the whole draft),
     * for links straight to one comment; 0 when the comment is not there.
     */
    @Transactional(readOnly = true)
    public int pageOfComment(long id, Long articleId, long commentId, int size) {
        boolean there = comments.findById(commentId).filter(c -> c.getConsultationId() == id
                && java.util.Objects.equals(c.getArticleId(), articleId)).isPresent();
        if (!there) {
            return 0;
        }
        long before = articleId == null ? comments.countByConsultationIdAndArticleIdIsNullAndIdLessThan(id, commentId)
                : comments.countByConsultationIdAndArticleIdAndIdLessThan(id, articleId, commentId);
        return (int) (before / size);
    }

    /** Comments as the reader sees them, put under their article or with the general ones, in order. */
    private record Placed(Map<Long, String> orgNames, Map<Long, List<CommentView>> byArticle, List<CommentView> general) {
    }

    private Placed place(Consultation c, List<Comment> list, Locale locale, boolean forInstitution) {
        Map<Long, String> orgNames = organisationNames(c, list, locale);
        Map<Long, StoredFile> attachments = attachments(list);
        Map<Long, List<CommentView>> byArticle = new LinkedHashMap<>();
        List<CommentView> general = new ArrayList<>();
        for (Comment comment : list) {
            CommentView v = view(comment, orgNames, attachments, locale, forInstitution);
            if (comment.getArticleId() == null) {
                general.add(v);
            } else {
                byArticle.computeIfAbsent(comment.getArticleId(), k -> new ArrayList<>()).add(v);
            }
        }
        return new Placed(orgNames, byArticle, general);
    }

    /**
     * The current version's articles, then any article of an earlier version that was commented on.
     *
     * @param counts comments per article when only some are shown; null when every comment is
     */
    private static List<ArticleView> articles(List<DocumentVersion> all, Map<Long, List<CommentView>> byArticle,
                                              Map<Long, Long> counts) {
        List<ArticleView> articles = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DocumentVersion version = all.get(i);
            for (Article a : version.getArticles()) {
                List<CommentView> on = byArticle.getOrDefault(a.getId(), List.of());
                if (i == 0 || !on.isEmpty()) {
                    long count = counts == null ? on.size() : counts.getOrDefault(a.getId(), 0L);
                    articles.add(new ArticleView(a.getId(), version.getNumber(), a.getPosition(), a.getHeading(), a.getBody(),
                            on, count));
                }
            }
        }
        return articles;
    }

    private Map<Long, String> organisationNames(Consultation c, List<Comment> list, Locale locale) {
        Set<Long> orgIds = list.stream().map(Comment::getOrganisationId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        orgIds.add(c.getInstitutionId());
        return directory.organisations(orgIds).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o.name().display(locale)));
    }

    private Map<Long, StoredFile> attachments(List<Comment> list) {
        return files.files(list.stream().map(Comment::getAttachmentFileId).filter(java.util.Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(StoredFile::id, f -> f));
    }

    /**
     * The file attached to a comment, when the reader may read that comment: it is not hidden, and it is public
     * or the reader answers for the institution.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> readableAttachment(long consultationId, long commentId, boolean forInstitution) {
        return comments.findById(commentId)
                .filter(c -> c.getConsultationId() == consultationId && !c.isHidden()
                        && (c.isPublicComment() || forInstitution))
                .map(Comment::getAttachmentFileId);
    }

    private static CommentView view(Comment c, Map<Long, String> orgNames, Map<Long, StoredFile> attachments, Locale reader,
                                    boolean forInstitution) {
        boolean shown = !c.isHidden() && (c.isPublicComment() || forInstitution);
        return new CommentView(c.getId(), c.getArticleId(), c.getAuthorName(),
                c.getOrganisationId() == null ? null : orgNames.get(c.getOrganisationId()),
                shown ? inReaderScript(c.getBody(), c.getAuthorLanguage(), reader) : null,
                c.isPublicComment(), shown, c.getHiddenReason(), c.getOutcome(),
                c.getAnswer() == null ? null : inReaderScript(c.getAnswer(), c.getAuthorLanguage(), reader), c.getCreatedAt(),
                shown && c.getAttachmentFileId() != null ? attachments.get(c.getAttachmentFileId()) : null);
    }

    /** Serbian is kept in Latin script and shown in the reader's script; other languages as written. */
    static String inReaderScript(String text, String writtenIn, Locale reader) {
        if (writtenIn != null && writtenIn.startsWith("sr") && "sr".equals(reader.getLanguage())) {
            return SerbianScript.forDisplay(text, reader);
        }
        return text;
    }
}
