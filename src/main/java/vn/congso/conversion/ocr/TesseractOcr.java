package vn.congso.conversion.ocr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congso.shared.VietnameseText;

/**
 * Optical character recognition with the Tesseract command (Vietnamese model, one uniform block of
 * text per page, hOCR output so every word keeps its position). Without the command, or when it fails
 * on a page, the page simply has no text layer: OCR helps search, the scan image is the document.
 */
public final class TesseractOcr {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);
    private static final Pattern WORD = Pattern.compile(
            "<span class=['\"]ocrx_word['\"][^>]*title=['\"]bbox (\\d+) (\\d+) (\\d+) (\\d+)[^'\"]*['\"][^>]*>(.*?)</span>",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path command;

    public TesseractOcr(String command) {
        this.command = command == null || command.isBlank() ? null : Path.of(command);
    }

    public boolean available() {
        return command != null && Files.isExecutable(command);
    }

    /** Words of the page, or empty when OCR is not possible. */
    public Optional<List<OcrWord>> words(OcrImage page) {
        if (!available()) {
            return Optional.empty();
        }
        Path image = null;
        try {
            image = Files.createTempFile("congso-ocr-", page.suffix());
            try (OutputStream out = Files.newOutputStream(image)) {
                page.writer().write(out);
            }
            ProcessBuilder builder = new ProcessBuilder(command.toString(), image.toString(), "-", "-l", "vie", "--psm", "6",
                    "--dpi", Integer.toString(page.dpi()), "hocr")
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // One OpenMP thread per process: the pipeline runs one process per core (PdfAWriter.OCR_PARALLELISM),
            // which recognises more pages per second than one process whose threads split each page's work.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                log.warn("tesseract exited with {}", process.exitValue());
                return Optional.empty();
            }
            return Optional.of(parse(new String(out, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            log.warn("tesseract could not run: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (image != null) {
                try {
                    Files.deleteIfExists(image);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    static List<OcrWord> parse(String hocr) {
        List<OcrWord> words = new ArrayList<>();
        Matcher m = WORD.matcher(hocr);
        while (m.find()) {
            String text = VietnameseText.nfc(unescape(TAG.matcher(m.group(5)).replaceAll("")).strip());
            if (!text.isEmpty()) {
                words.add(new OcrWord(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            }
        }
        return words;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
