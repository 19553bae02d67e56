package org.cqfriendship.logistics.itinerary.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Printable documents in the reader's language: the itinerary, and the desks' run sheets (the
 * arrivals board, the drivers' manifests, the kitchen's sheets). Each is a template under
 * {@code documents/} (a document rather than a page, so it carries its style, shared in
 * {@code documents/frame.html}), laid out for A4 and written by OpenHTMLtoPDF with the configured
 * fonts embedded, so it prints and reads the same on any machine, Chinese and Cyrillic included.
 */
@Component
public class PdfDocuments implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    private final SpringTemplateEngine documents = new SpringTemplateEngine();
    private final PdfFonts fonts;
    private final Clock clock;

    PdfDocuments(MessageSource messages, PdfFonts fonts, Clock clock) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        documents.setTemplateResolver(resolver);
        documents.setTemplateEngineMessageSource(messages);
        this.fonts = fonts;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        fonts.missing().forEach(font -> log.warn("PDF documents lack the font {} ({}): its characters will show as boxes. "
                + "Install it (Debian: fonts-dejavu-core, fonts-droid-fallback) or set itinerary.pdf.fonts.", font.file(), font.family()));
    }

    /** The document {@code template} filled with {@code variables}, as the download {@code name}.pdf (shown in the browser). */
    public ResponseEntity<byte[]> download(String template, String name, Locale locale, Map<String, ?> variables) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf", StandardCharsets.UTF_8).build()
                        .toString())
                .cacheControl(CacheControl.noStore()).body(write(template, locale, variables));
    }

    byte[] write(String template, Locale locale, Map<String, ?> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("families", fonts.families());
        all.put("printedAt", clock.instant().atZone(Session.CONFERENCE_ZONE));
        String html = documents.process(template, new Context(locale, all));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        for (PdfFonts.Font font : fonts.present()) {
            builder.useFont(font.file().toFile(), font.family(), font.weight(), BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of " + template, e);
        }
        return pdf.toByteArray();
    }
}
