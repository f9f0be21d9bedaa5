package vn.congso.portal.engagement.channel;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.congso.shared.CongsoProperties;

/** Texts of the messages the portal sends (Vietnamese, from the bundle) and absolute links into the portal. */
@Component
public class MailText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final CongsoProperties congso;

    MailText(MessageSource messages, CongsoProperties congso) {
        this.messages = messages;
        this.congso = congso;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    /** The portal address of a path ({@code /hoi-dap}); absolute URLs are returned as they are. */
    public String link(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return congso.publicUrl().replaceAll("/+$", "") + (path.startsWith("/") ? path : "/" + path);
    }
}
