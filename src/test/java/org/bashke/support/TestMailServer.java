package org.bashke.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail, port 3025) for the whole test run; the test profile points
 * the app at it. Tests read what arrived for an address and purge between tests.
 */
public final class TestMailServer {

    private static final GreenMail SERVER = start();

    private TestMailServer() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        // the test profile's spring.mail.host is localhost; the port is whatever was free
        System.setProperty("spring.mail.port", String.valueOf(server.getSmtp().getPort()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static GreenMail server() {
        return SERVER;
    }

    public static void purge() {
        try {
            SERVER.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to 15 s) for mail to {@code address} and returns all that arrived for it. */
    public static List<MimeMessage> awaitMailTo(String address) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = mailTo(address);
            if (!found.isEmpty()) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail arrived for " + address);
    }

    public static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
