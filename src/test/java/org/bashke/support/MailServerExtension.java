package org.bashke.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Makes sure the shared SMTP server runs before the Spring context of a test class starts. */
public class MailServerExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        TestMailServer.server();
    }
}
