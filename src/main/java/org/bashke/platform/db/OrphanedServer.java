package org.bashke.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the app is killed hard, its PostgreSQL child goes on running, holding the data directory.
 * On the next start we ask that server to shut down (it then finishes every committed
 * transaction to disk) before starting our own on the same data.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {
    }

    static void stopIfRunning(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle process = server.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}; stopping it", process.pid(), dataDir);
        process.destroy();
        try {
            process.onExit().get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("It did not stop in time; killing it (it will recover from its log)");
            process.destroyForcibly();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
