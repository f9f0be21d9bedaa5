package vn.congso.portal.engagement.loudspeaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.congso.portal.engagement.Announcement;
import vn.congso.portal.engagement.ChannelManagement;
import vn.congso.testing.CongsoIntegrationTest;
import vn.congso.testing.WebSession;

@CongsoIntegrationTest
class LoudspeakerTests {

    @LocalServerPort
    int port;

    @Autowired
    ChannelManagement channels;

    @Test
    void theScriptIntroducesTheAgencyAndSpellsOutAbbreviationsAndNumbers() {
        long id = channels.announce(new Announcement("van-ban", "UBND xã phổ biến Nghị định 42/2022/NĐ-CP",
                "/van-ban/42-2022-nd-cp", "Người dân nộp hồ sơ TTHC trực tuyến từ ngày 01/12/2026."));
        WebSession officer = WebSession.loggedIn(port, "canbo");
        String page = WebSession.text(officer.get("/quan-tri/loa/" + id));
        assertThat(page).contains("Thông báo của Ủy ban nhân dân xã Thanh Định.")
                .contains("Ủy ban nhân dân xã phổ biến Nghị định bốn mươi hai năm hai nghìn không trăm hai mươi hai "
                        + "Nghị định của Chính phủ.")
                .contains("thủ tục hành chính trực tuyến từ ngày một tháng mười hai năm hai nghìn không trăm hai mươi sáu.")
                .contains("Ủy ban nhân dân xã Thanh Định trân trọng thông báo.");
        HttpResponse<String> text = officer.get("/quan-tri/loa/" + id + "/script.txt");
        assertThat(text.body()).startsWith("Thông báo của Ủy ban nhân dân xã Thanh Định.").doesNotContain("UBND").doesNotContain("NĐ-CP");
        assertThat(WebSession.anonymous(port).get("/quan-tri/loa/" + id).statusCode()).isEqualTo(302);
        assertThat(WebSession.loggedIn(port, "congdan").get("/quan-tri/loa/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void aVietnameseWavIsMadeForThePublicAddressSystem() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/espeak-ng")), "espeak-ng is not installed: no audio to check");
        long id = channels.announce(new Announcement("tin-tuc", "Lịch tiếp công dân tháng 12", "/tin-tuc/lich-tiep",
                "Chủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần."));
        WebSession officer = WebSession.loggedIn(port, "canbo");
        assertThat(WebSession.text(officer.get("/quan-tri/loa/" + id))).contains("Tải tệp âm thanh (WAV)");
        HttpResponse<byte[]> wav = officer.getBytes("/quan-tri/loa/" + id + "/audio.wav");
        assertThat(wav.statusCode()).isEqualTo(200);
        assertThat(wav.headers().firstValue("Content-Type").orElse("")).startsWith("audio/wav");
        byte[] bytes = wav.body();
        assertThat(new String(Arrays.copyOfRange(bytes, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(Arrays.copyOfRange(bytes, 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(bytes.length).as("several seconds of speech").isGreaterThan(100_000);
    }
}
