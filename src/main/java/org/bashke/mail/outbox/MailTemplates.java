package org.bashke.mail.outbox;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mail text. A dedicated engine (not a bean, so the web's Thymeleaf configuration stays as
 * Boot made it) reads {@code templates/mail/*.txt} in TEXT mode; {@code #{...}} goes to the app's
 * message bundles, so a Serbian Cyrillic reader gets Cyrillic mail.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine;
    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    String body(String template, Locale locale, Map<String, Object> model) {
        return engine.process(template, new Context(locale, model));
    }

    /** {@code mail.<template with '/' as '.'>.subject}; one line, whatever the bundle holds. */
    String subject(String template, Locale locale, Map<String, Object> model) {
        Object args = model == null ? null : model.get("subjectArgs");
        String subject = messages.getMessage("mail." + template.replace('/', '.') + ".subject",
                args instanceof Object[] array ? array : null, locale);
        return subject.replaceAll("[\\r\\n]+", " ").strip();
    }
}
