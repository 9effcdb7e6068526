package gov.qinghai.followup.common.documents;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Renders an {@link OfficialDocument} as DOCX or PDF. The PDF embeds the font at {@code qinghai.documents.font}
 * (env {@code DOCUMENTS_FONT}; default WenQuanYi Zen Hei from Debian's {@code fonts-wqy-zenhei}, GPL-2 with the font
 * embedding exception): a PDF without an embedded Chinese font shows empty boxes on a PC without it.
 */
@ApplicationScoped
public class Documents {
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    private static final Logger LOG = Logger.getLogger(Documents.class);

    /** Where Debian's {@code fonts-wqy-zenhei} installs the font (the images' base has the package). */
    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    /** {@code ${DOCUMENTS_FONT:…}} in service-common's microprofile-config.properties. */
    @ConfigProperty(name = "qinghai.documents.font", defaultValue = DEFAULT_FONT)
    String font;

    void checkFont(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        if (!new File(font).canRead()) {
            LOG.warnf("PDF documents need a Chinese font: %s is missing (apt-get install fonts-wqy-zenhei, or set "
                    + "DOCUMENTS_FONT to a TrueType .ttf/.ttc)", font);
        }
    }

    public byte[] docx(OfficialDocument d) {
        return DocxWriter.write(d);
    }

    /** The PDF; 503 naming the setting if the font is missing (the deployment lacks it, the request is fine). */
    public byte[] pdf(OfficialDocument d) {
        File f = new File(font);
        if (!f.canRead()) {
            throw Problems.withDetail(HttpProblem.builder().withType(URI.create(Problems.BASE + "http-503"))
                    .withTitle("Service Unavailable").withStatus(503), Detail.of("common.documents.font-missing",
                            "PDF documents are unavailable: the Chinese font {0} is missing (qinghai.documents.font / "
                                    + "DOCUMENTS_FONT); DOCX, XLSX and JSON still answer", font)).build();
        }
        return PdfWriter.write(d, f);
    }
}
