package vn.congso.conversion.pipeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.congso.conversion.LegalContext;

/**
 * The marker's wording (ký hiệu riêng). The content of the marker is set by the law of each field
 * (NĐ137 Đ4 k1 a, Đ5 k2 a, last paragraph), so each legal context has its own message template, always
 * in Vietnamese whatever language the officer's screen shows.
 */
@Component
public class Markers {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy '(GMT+7)'");

    private final MessageSource messages;

    Markers(MessageSource messages) {
        this.messages = messages;
    }

    /** The conversion time in Vietnam time, as the marker shows it. */
    public static String time(Instant at) {
        return TIME.format(at.atZone(VIETNAM));
    }

    /**
     * NĐ137 Đ4 k1 a: converted from paper, the time, the full names of the converting agency and person;
     * then the lookup information for the QR code's readers.
     */
    public List<String> toElectronic(LegalContext context, Instant at, String agencyName, String converterName,
                                     String code, String lookupUrl) {
        return List.of(
                text("conversion.marker.to-electronic." + context.key(), time(at), agencyName, converterName),
                text("conversion.marker.code", code, lookupUrl));
    }

    /**
     * NĐ137 Đ5 k2 a: converted from a data message, the time, the converting agency and person; k1 a: the
     * information system and its owner; k1 b: the full address and the unique code for the search page.
     */
    public List<String> toPaper(LegalContext context, Instant at, String agencyName, String converterName,
                                String systemName, String systemOwner, String code, String lookupUrl,
                                String searchUrl, String accessCode) {
        return List.of(
                text("conversion.marker.to-paper." + context.key(), time(at), agencyName, converterName),
                text("conversion.marker.system", systemName, systemOwner),
                text("conversion.marker.lookup", lookupUrl, code, searchUrl),
                text("conversion.marker.access-code", accessCode));
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
