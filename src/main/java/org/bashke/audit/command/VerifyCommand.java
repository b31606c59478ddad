package org.bashke.audit.command;

import org.bashke.audit.chain.ChainReport;
import org.bashke.audit.chain.VerifyAuditChain;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/** The command-line check: prints the result and ends the process with 0 (intact) or 1 (broken). */
@Component
@ConditionalOnProperty(name = VerifyCommandMode.PROPERTY, havingValue = "true")
class VerifyCommand implements ApplicationRunner {

    private final VerifyAuditChain verify;
    private final ConfigurableApplicationContext context;

    VerifyCommand(VerifyAuditChain verify, ConfigurableApplicationContext context) {
        this.verify = verify;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainReport report = verify.run();
        System.out.println(report.summary());
        System.out.flush();
        int code = report.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
