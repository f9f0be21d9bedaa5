package vn.congso.portal.engagement.loudspeaker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import vn.congso.portal.engagement.EngagementError;
import vn.congso.portal.engagement.EngagementProperties;
import vn.congso.shared.CongsoException;

/** Vietnamese speech for the public-address system, by the espeak-ng program when it is installed. */
@Component
class SpeechSynthesis {

    private final Path program;

    SpeechSynthesis(EngagementProperties properties) {
        this.program = Path.of(properties.espeak());
    }

    boolean available() {
        return Files.isExecutable(program);
    }

    /**
     * A WAV file of the text read in Vietnamese ({@code espeak-ng -v vi -w out.wav}).
     *
     * @throws CongsoException {@link EngagementError#SPEECH_UNAVAILABLE} when espeak-ng is absent or fails
     */
    byte[] wav(String text) {
        if (!available()) {
            throw new CongsoException(EngagementError.SPEECH_UNAVAILABLE);
        }
        Path out = null;
        try {
            out = Files.createTempFile("congso-bulletin-", ".wav");
            Process process = new ProcessBuilder(program.toString(), "-v", "vi", "-s", "150", "-w", out.toString(), "--stdin")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new CongsoException(EngagementError.SPEECH_UNAVAILABLE);
            }
            if (process.exitValue() != 0 || Files.size(out) < 44) {
                throw new CongsoException(EngagementError.SPEECH_UNAVAILABLE);
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new CongsoException(EngagementError.SPEECH_UNAVAILABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CongsoException(EngagementError.SPEECH_UNAVAILABLE, e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system's temp cleaner
                }
            }
        }
    }
}
