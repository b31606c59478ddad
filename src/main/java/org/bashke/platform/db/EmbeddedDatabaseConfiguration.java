package org.bashke.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server from the binaries shipped in a Maven artifact when no external
 * database is configured, so one command runs the whole platform on a fresh machine.
 *
 * <p>The test library we borrow it from tunes the server for throw-away test databases
 * ({@code synchronous_commit=off}); here it holds real data, so every setting that trades
 * durability for speed is put back: a commit is acknowledged only once it is on disk.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDir());
        OrphanedServer.stopIfRunning(properties.dataDir());
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDir())
                .setCleanDataDirectory(properties.clean())
                .setPort(properties.port())
                .setPGStartupWait(Duration.ofSeconds(60))
                // Spring stops the server (destroyMethod) after everything that uses it; the library's
                // own JVM hook would stop it first, under requests and listeners still running
                .setRegisterShutdownHook(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .start();
        log.info("Embedded PostgreSQL running on port {} with data in {}", server.getPort(),
                properties.dataDir().toAbsolutePath());
        return server;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("bashke-embedded");
        return dataSource;
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
