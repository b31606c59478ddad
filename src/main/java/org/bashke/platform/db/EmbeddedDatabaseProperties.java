package org.bashke.platform.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL server started when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster lives; kept across restarts
 * @param port    0 picks a free port
 * @param clean   wipe the data directory at start (tests only)
 */
@ConfigurationProperties("bashke.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port, boolean clean) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data", "pg");
        }
    }
}
