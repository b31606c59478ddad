package org.bashke.monitoring.report;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bashke.files.FileStore;
import org.bashke.files.StoredFile;
import org.bashke.monitoring.obligation.MonitoringClock;
import org.bashke.monitoring.plan.StrategyRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes report files in the background, one at a time (a report of a large plan takes seconds of CPU; two cores
 * are shared with everything else): a request only queues a row, the page shows its state and progress, and the
 * file is downloaded when it is done. Rows left queued or running by a stop of the application are taken up
 * again when it starts.
 */
@Component("monitoringReportJobs")
public class ReportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);

    private final ReportFileRepository files;
    private final ReportVersionRepository versions;
    private final StrategyRepository strategies;
    private final AnnualReport reports;
    private final AnnualReportFiles renderer;
    private final FileStore store;
    private final TransactionTemplate tx;
    private final MonitoringClock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "monitoring-report");
        t.setDaemon(true);
        return t;
    });

    ReportJobs(ReportFileRepository files, ReportVersionRepository versions, StrategyRepository strategies, AnnualReport reports,
               AnnualReportFiles renderer, FileStore store, TransactionTemplate tx, MonitoringClock clock) {
        this.files = files;
        this.versions = versions;
        this.strategies = strategies;
        this.reports = reports;
        this.renderer = renderer;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    /** Starts the job once the transaction that queued it has committed (so the worker sees the row). */
    void startAfterCommit(long fileJobId) {
        Runnable start = () -> worker.execute(new DelegatingSecurityContextRunnable(() -> run(fileJobId)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start.run();
                }
            });
        } else {
            start.run();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeLeftOver() {
        List<ReportFile> left = files.findByStateIn(List.of(ReportFile.State.QUEUED, ReportFile.State.RUNNING));
        left.forEach(f -> worker.execute(() -> run(f.getId())));
    }

    void run(long fileJobId) {
        try {
            ReportFile job = tx.execute(s -> {
                ReportFile f = files.findById(fileJobId).orElse(null);
                if (f == null || f.getState() == ReportFile.State.DONE) {
                    return null;
                }
                f.progress(ReportFile.State.RUNNING, 10);
                return f;
            });
            if (job == null) {
                return;
            }
            ReportVersion version = versions.findById(job.getReportId()).orElseThrow();
            Locale locale = Locale.forLanguageTag(job.getLanguage());
            progress(fileJobId, 30);
            // built and drawn in one transaction: the report's records are read as one consistent state
            byte[] bytes = tx.execute(s -> {
                AnnualReport.Report report = reports.build(version.getStrategyId(), version.getYear(), locale)
                        .withEdition(AnnualReport.Edition.of(version));
                return "pdf".equals(job.getFormat()) ? renderer.pdf(report, locale) : renderer.docx(report, locale);
            });
            progress(fileJobId, 90);
            String code = strategies.findById(version.getStrategyId()).map(st -> st.getCode()).orElse("report");
            String name = code + "-" + version.getYear() + "-v" + version.getVersion() + "-" + job.getLanguage() + "." + job.getFormat();
            tx.executeWithoutResult(s -> {
                StoredFile stored = store.store("monitoring", name, bytes);
                files.findById(fileJobId).orElseThrow().done(stored.id(), bytes.length, clock.now());
            });
        } catch (RuntimeException e) {
            LOG.warn("annual report file {} failed", fileJobId, e);
            try {
                tx.executeWithoutResult(s -> files.findById(fileJobId).ifPresent(f -> f.failed(clock.now())));
            } catch (RuntimeException again) {
                LOG.error("annual report file {} could not be marked failed", fileJobId, again);
            }
        }
    }

    private void progress(long fileJobId, int percent) {
        tx.executeWithoutResult(s -> files.findById(fileJobId).ifPresent(f -> f.progress(ReportFile.State.RUNNING, percent)));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
