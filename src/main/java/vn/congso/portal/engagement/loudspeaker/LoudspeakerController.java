package vn.congso.portal.engagement.loudspeaker;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import vn.congso.portal.engagement.ChannelManagement;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.portal.engagement.ErrorPages;
import vn.congso.portal.engagement.PublishedAnnouncement;
import vn.congso.shared.CongsoException;

/**
 * Loudspeaker bulletins for the commune's public-address system: any staff member may read the
 * script of a published announcement or download it as Vietnamese speech.
 */
@Controller
@PreAuthorize("hasAuthority('STAFF_AREA')")
class LoudspeakerController {

    static final String PATH = "/quan-tri/loa";

    private final ChannelManagement channels;
    private final BulletinScript script;
    private final SpeechSynthesis speech;

    LoudspeakerController(ChannelManagement channels, BulletinScript script, SpeechSynthesis speech) {
        this.channels = channels;
        this.script = script;
        this.speech = speech;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("announcements", channels.recent(50));
        return "engagement/loudspeaker-list";
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String bulletin(@PathVariable long id, Model model) {
        PublishedAnnouncement announcement = announcement(id);
        model.addAttribute("announcement", announcement);
        model.addAttribute("paragraphs", script.paragraphs(announcement));
        model.addAttribute("speechAvailable", speech.available());
        return "engagement/loudspeaker";
    }

    @GetMapping(PATH + "/{id:\\d+}/script.txt")
    ResponseEntity<String> text(@PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(script.text(announcement(id)));
    }

    @GetMapping(PATH + "/{id:\\d+}/audio.wav")
    ResponseEntity<byte[]> audio(@PathVariable long id) {
        byte[] wav = speech.wav(script.text(announcement(id)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("audio/wav"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("thong-bao-" + id + ".wav").build().toString())
                .body(wav);
    }

    private PublishedAnnouncement announcement(long id) {
        return channels.announcement(id).orElseThrow(() -> new CongsoException(EngagementError.ANNOUNCEMENT_NOT_FOUND));
    }

    @ExceptionHandler(CongsoException.class)
    ModelAndView failed(CongsoException e, HttpServletResponse response) {
        return ErrorPages.of(e, response);
    }
}
