package vn.congso.portal.engagement.loudspeaker;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.congso.agency.AgencyManagement;
import vn.congso.agency.AgencyProfile;
import vn.congso.portal.engagement.PublishedAnnouncement;

/**
 * The reading script of a loudspeaker bulletin (seed 000: communes spread the decree by
 * loudspeaker too; NĐ42 Đ5 k2): "Thông báo của" the agency, the title, the summary, the closing,
 * with every abbreviation and number written as it is spoken.
 */
@Component
class BulletinScript {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ReadingRules rules = new ReadingRules();
    private final MessageSource messages;
    private final AgencyManagement agency;

    BulletinScript(MessageSource messages, AgencyManagement agency) {
        this.messages = messages;
        this.agency = agency;
    }

    /** Paragraphs of the script, in reading order. */
    java.util.List<String> paragraphs(PublishedAnnouncement announcement) {
        String agencyName = agency.profile().map(AgencyProfile::nameVi)
                .orElseGet(() -> messages.getMessage("engagement.loudspeaker.agency-unknown", null, VIETNAMESE));
        java.util.List<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add(sentence(rules.spoken(messages.getMessage("engagement.loudspeaker.intro", new Object[] {agencyName}, VIETNAMESE))));
        paragraphs.add(sentence(rules.spoken(announcement.title())));
        if (announcement.summary() != null && !announcement.summary().isBlank()) {
            paragraphs.add(sentence(rules.spoken(announcement.summary())));
        }
        paragraphs.add(rules.spoken(messages.getMessage("engagement.loudspeaker.closing", new Object[] {agencyName}, VIETNAMESE)));
        return paragraphs;
    }

    String text(PublishedAnnouncement announcement) {
        return String.join("\n\n", paragraphs(announcement));
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".!?:".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }
}
