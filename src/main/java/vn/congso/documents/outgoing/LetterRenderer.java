package vn.congso.documents.outgoing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.congso.documents.DocumentType;
import vn.congso.documents.DocumentsError;
import vn.congso.documents.OutgoingDraft;
import vn.congso.shared.CongsoException;
import vn.congso.shared.VietnameseText;
import vn.congso.shared.pdf.HtmlPdf;

/**
 * Renders a composed document to PDF in the layout of NĐ30 Phụ lục I: agency name and national
 * motto side by side, số/ký hiệu and "V/v" summary under the agency, place and date under the motto,
 * "Kính gửi", body, "Nơi nhận" left of the signer block. The number and the day are left blank: the
 * clerk writes them when the document is issued (NĐ30 Đ15–16), see {@link PdfStamping}.
 */
@Component
public class LetterRenderer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    // NĐ30 Phụ lục I mục II.2: the agency name is printed in capitals, the issuing agency on its own line
    private static final Pattern UNIT = Pattern.compile(" (?=(XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|TỈNH|THÀNH PHỐ) )");

    private final ITemplateEngine templates;
    private final MessageSource messages;

    LetterRenderer(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public byte[] render(OutgoingDraft draft, String agencyName, String issuer, String place, int year) {
        Map<String, Object> letter = new LinkedHashMap<>();
        String upperName = VietnameseText.nfc(agencyName).toUpperCase(VIETNAMESE);
        letter.put("agencyLines", List.of(UNIT.split(upperName, 2)));
        boolean official = draft.type() == DocumentType.OFFICIAL_LETTER;
        letter.put("officialLetter", official);
        letter.put("notation", official ? issuer + "-" + draft.draftingUnit()
                : draft.type().abbreviation().orElse("") + "-" + issuer);
        letter.put("subject", VietnameseText.nfc(draft.subject()));
        letter.put("place", place);
        letter.put("year", Integer.toString(year));
        letter.put("typeNameUpper", draft.type().nameVi().toUpperCase(VIETNAMESE));
        letter.put("addressees", nfc(draft.addressees()));
        letter.put("paragraphs", nfc(draft.paragraphs()));
        letter.put("placesOfReceipt", placesOfReceipt(draft));
        letter.put("competence", draft.competence() == null ? null : VietnameseText.nfc(draft.competence()));
        letter.put("signerTitle", VietnameseText.nfc(Objects.requireNonNullElse(draft.signerTitle(), "")));
        letter.put("signerName", VietnameseText.nfc(Objects.requireNonNullElse(draft.signerName(), "")));
        Context context = new Context(VIETNAMESE);
        context.setVariable("letter", letter);
        String html = templates.process("documents/pdf/letter", context);
        return toPdf(html);
    }

    /** NĐ30 Phụ lục I mục II.10: "Nơi nhận" ends with the archive line "Lưu: VT, …". */
    private List<String> placesOfReceipt(OutgoingDraft draft) {
        List<String> lines = new ArrayList<>(nfc(draft.placesOfReceipt()));
        if (lines.stream().noneMatch(l -> l.contains("Lưu:"))) {
            lines.add(messages.getMessage("documents.letter.archive", new Object[] {draft.draftingUnit()}, VIETNAMESE));
        }
        return lines;
    }

    private static List<String> nfc(List<String> lines) {
        return lines.stream().map(VietnameseText::nfc).toList();
    }

    private static byte[] toPdf(String html) {
        try {
            String base = Objects.requireNonNull(LetterRenderer.class.getResource("/static/css/documents/letter-pdf.css"))
                    .toExternalForm();
            return HtmlPdf.render(html, base);
        } catch (IOException | RuntimeException e) {
            throw new CongsoException(DocumentsError.RENDER_FAILED, e.getMessage());
        }
    }
}
