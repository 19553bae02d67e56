package org.cqfriendship.logistics.itinerary.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.cqfriendship.logistics.itinerary.planning.ItineraryView;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.context.MessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * An itinerary as a PDF in the reader's language: the itinerary page's content laid out for A4
 * ({@code documents/itinerary-pdf.html}, a document rather than a page, so it carries its own
 * style) and written by OpenHTMLtoPDF with the configured fonts embedded, so it prints and reads
 * the same on any machine, Chinese and Cyrillic included.
 */
@Component
class ItineraryPdf implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ItineraryPdf.class);

    private final SpringTemplateEngine documents = new SpringTemplateEngine();
    private final PdfFonts fonts;

    ItineraryPdf(MessageSource messages, PdfFonts fonts) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        documents.setTemplateResolver(resolver);
        documents.setTemplateEngineMessageSource(messages);
        this.fonts = fonts;
    }

    @Override
    public void afterPropertiesSet() {
        fonts.missing().forEach(font -> log.warn("PDF itineraries lack the font {} ({}): its characters will show as boxes. "
                + "Install it (Debian: fonts-dejavu-core, fonts-droid-fallback) or set itinerary.pdf.fonts.", font.file(), font.family()));
    }

    byte[] write(ItineraryView itinerary, Map<String, ?> days, Locale locale, Instant printedAt) {
        Context context = new Context(locale, Map.of("itinerary", itinerary, "days", days, "families", fonts.families(),
                "printedAt", printedAt.atZone(Session.CONFERENCE_ZONE)));
        String html = documents.process("itinerary-pdf", context);
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
            throw new UncheckedIOException("PDF of itinerary " + itinerary.delegationId(), e);
        }
        return pdf.toByteArray();
    }
}
